// The successor section on generated deployments: always valid against its schema, every backup item of
// the plan mapped, the legacy cmdlets in Microsoft's order and one user move per pool, estimates from
// the assumptions only (never negative, never NaN).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SUCCESSOR_TARGETS, successorSectionSchema } from "../../formats/plan-successor";
import { planDeployment } from "../plan";
import { deploymentArbitrary } from "../testing/arbitrary";
import { runs } from "../testing/runs";
import { successorFor } from ".";

describe("successor properties", () => {
  it("holds for every generated deployment and target", () => {
    fc.assert(
      fc.property(deploymentArbitrary, fc.constantFrom(...SUCCESSOR_TARGETS), (d, target) => {
        const plan = planDeployment(d);
        const s = successorFor(d, plan, target, { asOfDay: "2026-12-01" });
        expect(successorSectionSchema.safeParse(s).success).toBe(true);

        const mapped = new Set([...s.backup, ...s.notBackedUp].flatMap((b) => b.from));
        const items = [
          ...plan.settingsExports.map((_, i) => `settingsExports/${i}`),
          ...plan.databaseBackups.map((_, i) => `databaseBackups/${i}`),
          ...plan.fileShareBackups.map((_, i) => `fileShareBackups/${i}`),
        ];
        expect(items.filter((i) => !mapped.has(i))).toEqual([]);

        const first = (cmdlet: string) => s.migration.findIndex((m) => m.command?.startsWith(cmdlet));
        const moves = s.migration.filter((m) => m.command?.startsWith("Move-CsLegacyUser"));
        if (s.supported) {
          expect(first("Merge-CsLegacyTopology")).toBeLessThan(first("Import-CsLegacyConfiguration"));
          expect(first("Import-CsLegacyConfiguration")).toBeLessThan(first("Import-CsLegacyConferenceDirectory"));
          expect(first("Import-CsLegacyConferenceDirectory")).toBeLessThan(first("Move-CsLegacyUser"));
          expect(moves.map((m) => m.pool)).toEqual(d.pools.map((p) => p.name).sort(byPoolOrder(d)));
        } else expect(s.migration).toEqual([]);
        s.migration.forEach((m, i) => expect(m.order).toBe(i + 1));
        for (const m of [...s.premigration, ...s.migration])
          if (m.minutes !== undefined) expect(Number.isFinite(m.minutes) && m.minutes >= 0).toBe(true);
        const notCovered = ["archiving", "monitoring"];
        expect(s.resilience.compare.filter((c) => notCovered.includes(c.workload))).toEqual([]);
        expect(s.resilience.notCovered.every((c) => notCovered.includes(c.workload))).toBe(true);
      }),
      runs(60),
    );
  });
});

/** Canonical pool order: by the site's kind (central, remote, standby) and name, then the pool's name. */
function byPoolOrder(d: Parameters<typeof planDeployment>[0]) {
  const kinds = ["central", "remote", "standby"];
  const site = new Map(d.sites.map((s) => [s.name, s]));
  const key = (pool: string) => {
    const p = d.pools.find((x) => x.name === pool)!;
    const s = site.get(p.site)!;
    return [kinds.indexOf(s.kind), s.name, p.name] as const;
  };
  return (a: string, b: string) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || (ka[1] < kb[1] ? -1 : ka[1] > kb[1] ? 1 : 0) || (ka[2] < kb[2] ? -1 : ka[2] > kb[2] ? 1 : 0);
  };
}
