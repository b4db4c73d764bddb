// The laid-out topology as SVG (a server component: no script, prints as drawn). Containers are
// labelled groups; servers, shares and the reverse proxy are links named "fqdn, role, status", in
// the order of the layout tree, so Tab walks site by site, network by network, pool by pool.
import type { ReactNode } from "react";
import { METRICS, type PlacedNode, type PlacedTopology, type TopologyNodeKind } from "@/lib/view/topology-graph";
import { PROTECTION_STATUSES } from "@/lib/view/protection";
import { STATUS_COLORS, StatusGlyph } from "./status-icon";

const CONTAINER_STYLE: Partial<Record<TopologyNodeKind, { fill: string; stroke: string; dash?: string }>> = {
  site: { fill: "#ffffff", stroke: "#94a3b8" },
  network: { fill: "#f8fafc", stroke: "#cbd5e1" },
  pool: { fill: "#eef6ff", stroke: "#93c5fd" },
  group: { fill: "#ffffff", stroke: "#e2e8f0" },
  storage: { fill: "#ffffff", stroke: "#94a3b8" },
  "file-server": { fill: "#f8fafc", stroke: "#cbd5e1" },
};
const PERIMETER_STYLE = { fill: "#fff7ed", stroke: "#fb923c", dash: "6 4" };

const SANS = "ui-sans-serif, system-ui, 'Segoe UI', Roboto, Arial, sans-serif";
const MONO = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace";

export function TopologyDiagram({ topology, title }: { topology: PlacedTopology; title: string }) {
  const children = new Map<string | null, PlacedNode[]>();
  for (const n of topology.nodes) {
    const list = children.get(n.parent);
    if (list) list.push(n);
    else children.set(n.parent, [n]);
  }
  const render = (n: PlacedNode): ReactNode =>
    n.compound ? (
      <Container key={n.id} node={n}>
        {(children.get(n.id) ?? []).map(render)}
      </Container>
    ) : (
      <Leaf key={n.id} node={n} />
    );
  const pad = 2;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={topology.width + 2 * pad}
      height={topology.height + 2 * pad}
      viewBox={`${-pad} ${-pad} ${topology.width + 2 * pad} ${topology.height + 2 * pad}`}
      aria-label={title}
      data-testid="topology-diagram"
      className="block max-w-none print:h-auto print:max-w-full"
      fontFamily={SANS}
    >
      <style>{`
        a.tnode:focus { outline: none; }
        a.tnode:focus-visible .box { stroke: #1d5fbf; stroke-width: 3; }
        a.tnode:hover .box { stroke-width: 2.5; }
        a.tnode:hover .title { text-decoration: underline; }
      `}</style>
      <defs>
        <marker id="topology-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 L10 5 L0 10 z" fill="#64748b" />
        </marker>
      </defs>
      {(children.get(null) ?? []).map(render)}
      <g aria-hidden="true">
        {topology.edges.map((e) => (
          <polyline
            key={e.id}
            points={e.points.map((p) => `${p.x},${p.y}`).join(" ")}
            fill="none"
            stroke="#64748b"
            strokeWidth={1.5}
            markerEnd="url(#topology-arrow)"
          />
        ))}
      </g>
    </svg>
  );
}

function Container({ node, children }: { node: PlacedNode; children: ReactNode }) {
  const m = node.meta;
  const perimeter = node.id.endsWith(":perimeter");
  const style = perimeter ? PERIMETER_STYLE : (CONTAINER_STYLE[m.kind] ?? CONTAINER_STYLE.group!);
  const textX = node.x + METRICS.pad + (m.status ? 22 : 0);
  const label = [m.kind === "pool" ? `Pool ${m.title}` : m.title, m.subtitle].filter(Boolean).join(", ");
  return (
    <g role="group" aria-label={label} data-kind={m.kind} data-id={node.id}>
      <rect
        x={node.x}
        y={node.y}
        width={node.width}
        height={node.height}
        rx={8}
        fill={style.fill}
        stroke={style.stroke}
        strokeWidth={m.kind === "site" ? 1.5 : 1}
        strokeDasharray={style.dash}
      />
      {m.status ? <StatusGlyph status={m.status} cx={node.x + METRICS.pad + 8} cy={node.y + 19} r={8} /> : null}
      <text
        x={textX}
        y={node.y + 24}
        fontSize={m.kind === "site" || m.kind === "storage" ? 15 : 13}
        fontWeight={600}
        fill="#0f172a"
        aria-hidden="true"
      >
        {m.title}
      </text>
      {m.subtitle ? (
        <text x={node.x + METRICS.pad} y={node.y + 40} fontSize={11} fill="#475569" aria-hidden="true">
          {m.subtitle}
        </text>
      ) : null}
      {m.missing?.length ? <title>{`Not backed up: ${m.missing.join("; ")}`}</title> : null}
      {children}
    </g>
  );
}

function Leaf({ node }: { node: PlacedNode }) {
  const m = node.meta;
  const status = m.status ?? "not-applicable";
  const color = STATUS_COLORS[status];
  const cy = node.y + node.height / 2;
  const tooltip = [m.name ?? m.title, ...(m.missing?.length ? [`Not backed up: ${m.missing.join("; ")}`] : [])].join("\n");
  const body = (
    <>
      <title>{tooltip}</title>
      <rect
        className="box"
        x={node.x}
        y={node.y}
        width={node.width}
        height={node.height}
        rx={6}
        fill={color.fill}
        stroke={color.stroke}
        strokeWidth={1.5}
        strokeDasharray={status === "not-applicable" ? "4 3" : undefined}
      />
      <StatusGlyph status={status} cx={node.x + 19} cy={cy} />
      <text
        className="title"
        x={node.x + METRICS.iconArea}
        y={node.y + 21}
        fontSize={12}
        fontFamily={m.kind === "summary" ? SANS : MONO}
        fontWeight={600}
        fill="#0f172a"
      >
        {/* The trailing space separates the two lines in the text content (the link's visible label). */}
        {`${m.title} `}
      </text>
      <text x={node.x + METRICS.iconArea} y={node.y + 38} fontSize={11} fill={color.ink}>
        {m.subtitle}
      </text>
      {m.counts ? <CountsBar node={node} counts={m.counts} /> : null}
    </>
  );
  return m.href ? (
    <a className="tnode" href={m.href} aria-label={m.name} data-kind={m.kind} data-status={status} data-id={node.id}>
      {body}
    </a>
  ) : (
    <g data-kind={m.kind} data-status={status} data-id={node.id}>
      {body}
    </g>
  );
}

/** A summary's members by status as one thin stacked bar along its bottom edge. */
function CountsBar({ node, counts }: { node: PlacedNode; counts: Record<(typeof PROTECTION_STATUSES)[number], number> }) {
  const total = PROTECTION_STATUSES.reduce((n, s) => n + counts[s], 0);
  if (total === 0) return null;
  const width = node.width - 12;
  const widths = PROTECTION_STATUSES.map((s) => (counts[s] / total) * width);
  const starts = widths.map((_, i) => node.x + 6 + widths.slice(0, i).reduce((a, b) => a + b, 0));
  return (
    <g aria-hidden="true">
      {PROTECTION_STATUSES.map((s, i) =>
        widths[i] > 0 ? (
          <rect key={s} x={starts[i]} y={node.y + node.height - 7} width={widths[i]} height={3} fill={STATUS_COLORS[s].stroke} />
        ) : null,
      )}
    </g>
  );
}
