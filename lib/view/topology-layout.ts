// Runs ELK on the topology graph. elkjs's bundled build runs the layout in-process (no worker), so it
// works the same in a server component, a route handler, a test and a benchmark.
import ELK from "elkjs/lib/elk.bundled.js";
import type { ElkNode } from "elkjs/lib/elk-api";
import { placeLayout, type PlacedTopology, type TopologyGraph } from "./topology-graph";

let elk: InstanceType<typeof ELK> | undefined;

export async function layoutTopology(graph: TopologyGraph): Promise<PlacedTopology> {
  elk ??= new ELK();
  // ELK writes positions into the graph it is given: lay out a copy so the caller's graph stays as built.
  const laid: ElkNode = await elk.layout(structuredClone(graph.root));
  return placeLayout(laid, graph.meta);
}

// A laid-out picture depends only on the stored deployment (its id and version) and the view, so
// repeated visits skip the layout (hundreds of milliseconds for a large site). Small, in-process, LRU.
const CACHE_SIZE = 24;
const cache = new Map<string, Promise<TimedLayout>>();

export interface TimedLayout {
  topology: PlacedTopology;
  /** How long building and laying out took when it was computed. */
  ms: number;
}

export function cachedLayout(key: string, build: () => TopologyGraph): Promise<TimedLayout> {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const started = performance.now();
  const laid = layoutTopology(build()).then((topology) => ({ topology, ms: Math.round(performance.now() - started) }));
  cache.set(key, laid);
  laid.catch(() => cache.delete(key));
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return laid;
}
