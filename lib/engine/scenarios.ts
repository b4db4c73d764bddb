// Restore runbooks, one per loss the deployment can suffer (plan format "scenarios").
//
// Order of the scenarios (of the deployment in canonical order, canonical-order.ts): loss of Active
// Directory; loss of each site that has servers; then per pool its pool and back-end losses
// (Enterprise) or its Standard Edition server loss; then the loss of each other single server. Steps within a runbook follow table
// 17-9 across servers and, within a phase, the servers of the most critical workloads first (P1).
import type { Scenario } from "../formats/plan";
import { activeDirectoryScenario } from "./runbooks/active-directory";
import type { ScenarioContext } from "./runbooks/context";
import { backEndScenario, poolScenario, standardEditionScenario } from "./runbooks/pool";
import { serverScenario } from "./runbooks/single-server";
import { siteScenario } from "./runbooks/site";

export { scenarioContext, type ScenarioContext } from "./runbooks/context";

export function scenariosFor(ctx: ScenarioContext): Scenario[] {
  const { ix } = ctx;
  const out: Scenario[] = [activeDirectoryScenario(ctx)];
  for (const site of ix.d.sites) if ((ix.serversBySite.get(site.name)?.length ?? 0) > 0) out.push(siteScenario(ctx, site));
  for (const pool of ix.d.pools) {
    if (pool.kind === "standard") {
      if (ix.poolLead.has(pool.name)) out.push(standardEditionScenario(ctx, pool));
    } else {
      out.push(poolScenario(ctx, pool));
      if (ix.backEndOfPool.has(pool.name)) out.push(backEndScenario(ctx, pool));
    }
  }
  for (const s of ix.servers)
    if (!s.server.roles.includes("standard-edition") && s.backEndOf.length === 0) out.push(serverScenario(ctx, s));
  return out;
}
