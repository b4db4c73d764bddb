// The benchmark generator builds valid deployments of the asked size, the same for the same seed.
import { describe, expect, it } from "vitest";
import { validateDeployment } from "../../formats/parse-deployment";
import { generateDeployment } from "./generate";

describe("generateDeployment", () => {
  it.each([
    [60, 5],
    [1000, 200],
    [10000, 200],
  ])("builds a valid deployment of %i servers in %i pools", (servers, pools) => {
    const d = generateDeployment({ servers, pools, seed: 7 });
    expect(d.servers).toHaveLength(servers);
    expect(d.pools).toHaveLength(pools);
    const r = validateDeployment(d);
    expect(r.ok ? [] : r.errors.slice(0, 3)).toEqual([]);
  });

  it("is deterministic for a seed and varies with it", () => {
    expect(generateDeployment({ servers: 300, pools: 20, seed: 1 })).toEqual(generateDeployment({ servers: 300, pools: 20, seed: 1 }));
    expect(generateDeployment({ servers: 300, pools: 20, seed: 2 })).not.toEqual(generateDeployment({ servers: 300, pools: 20, seed: 1 }));
  });

  it("refuses a server budget too small for the pools", () => {
    expect(() => generateDeployment({ servers: 10, pools: 20, seed: 1 })).toThrow(/need at least/);
  });
});
