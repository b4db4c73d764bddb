// Loss of an Enterprise pool, of its back end, or of a Standard Edition server: pool and machine
// levels (S7), the RTC database (D1) and the users of the pool.
import type { Pool } from "../../formats/deployment";
import type { Scenario } from "../../formats/plan";
import { countOf } from "../name-list";
import { finishRunbook } from "../runbook";
import { byCriticality, type ServerInfo } from "../topology";
import { inferredOrderNotes, poolsDownWith, poolWorkloads, scenarioOf, unionWorkloads, type ScenarioContext } from "./context";
import { rebuildRunbook } from "./rebuild";
import { failbackPath, standbyPoolFor } from "./standby";

/** The standby pool each affected pool's users move to first, when every affected pool has one. */
function standbyPlan(ctx: ScenarioContext, pools: Pool[], lost: Set<ServerInfo>): Map<string, Pool> | undefined {
  const out = new Map<string, Pool>();
  for (const p of pools) {
    const standby = standbyPoolFor(ctx, p, lost);
    if (!standby) return undefined;
    out.set(p.name, standby);
  }
  return out.size > 0 ? out : undefined;
}

/** Marks a scenario that starts with the fast path: its path title, notes and failback runbook. */
function withFastPath(ctx: ScenarioContext, scenario: Scenario, standbyFor: Map<string, Pool> | undefined, pools: Pool[]): Scenario {
  if (!standbyFor) return scenario;
  const targets = [...new Set(standbyFor.values())].map((p) => p.name).join(", ");
  scenario.path = `Move the users to the standby pool ${targets} first, then rebuild in place`;
  scenario.notes = [
    `Fast path (inferred): the users move to ${targets} at the standby site and sign in there within hours; the rebuild in place runs meanwhile, and the failback runbook brings them home afterwards.`,
    "IM and presence counts as back once the users sign in on the standby pool and their contact lists, read from the last RTC backup, are imported there (inferred, D8): its check waits for that import.",
    ...(scenario.notes ?? []),
  ];
  scenario.failback = failbackPath(
    ctx,
    pools.map((home) => ({ home, standby: standbyFor.get(home.name)! })),
    scenario.workloads.map((w) => w.workload),
  );
  return scenario;
}

export function poolScenario(ctx: ScenarioContext, pool: Pool): Scenario {
  const { ix } = ctx;
  const be = ix.backEndOfPool.get(pool.name);
  const lostList = [...(be ? [be] : []), ...(ix.membersByPool.get(pool.name) ?? [])];
  const lost = new Set(lostList);
  const affectedPools = poolsDownWith(ix, lost);
  const standbyFor = standbyPlan(ctx, affectedPools, lost);
  const rb = rebuildRunbook(ctx, {
    lost: lostList,
    affectedPools,
    domain: false,
    externalShares: [],
    affected: unionWorkloads(ix, lostList),
    decideTitle: `Assess the loss of pool ${pool.name}`,
    standbyFor,
  });
  const run = finishRunbook(rb, ctx.admins, unionWorkloads(ix, lostList), ix.priority);
  const notes = [
    ...inferredOrderNotes(lostList),
    `The whole pool is rebuilt: its ${countOf(lostList.length - (be ? 1 : 0), "member server")}${be ? ` and its back end ${be.fqdn}` : ""}.`,
  ];
  const others = affectedPools.filter((p) => p.name !== pool.name).map((p) => p.name);
  if (others.length > 0)
    notes.push(`The back end also serves ${others.join(", ")}: those pools are down too and are brought back in the same runbook.`);
  const scenario = scenarioOf(
    ctx,
    `loss-of-pool:${pool.name}`,
    `Loss of Enterprise pool ${pool.name}`,
    { kind: "pool", target: pool.name },
    run,
    notes,
    ["S7", "Restore order", "P1"],
  );
  return withFastPath(ctx, scenario, standbyFor, affectedPools);
}

export function backEndScenario(ctx: ScenarioContext, pool: Pool): Scenario {
  const { ix } = ctx;
  const be = ix.backEndOfPool.get(pool.name)!;
  const affectedPools = be.backEndOf;
  const affected = byCriticality(ix.priority, new Set([...be.workloads, ...affectedPools.flatMap((p) => poolWorkloads(ix, p))]));
  const standbyFor = standbyPlan(ctx, affectedPools, new Set([be]));
  const rb = rebuildRunbook(ctx, {
    lost: [be],
    affectedPools,
    domain: false,
    externalShares: [],
    affected,
    decideTitle: `Assess the loss of ${be.fqdn}, back end of ${pool.name}`,
    standbyFor,
  });
  const run = finishRunbook(rb, ctx.admins, affected, ix.priority);
  const notes = [
    "The front ends survive: after the back end's databases and pool-level settings are back, each is restarted and its machine-level settings reapplied (S7: pool and machine levels).",
  ];
  if (affectedPools.length > 1)
    notes.push(`${be.fqdn} is the back end of ${affectedPools.map((p) => p.name).join(", ")}: all of them are restored here.`);
  const scenario = scenarioOf(
    ctx,
    `loss-of-back-end:${pool.name}`,
    `Loss of the back end of ${pool.name}`,
    { kind: "back-end", target: pool.name },
    run,
    notes,
    ["S7", "D1", "D2", "D3", "Restore order"],
  );
  return withFastPath(ctx, scenario, standbyFor, affectedPools);
}

export function standardEditionScenario(ctx: ScenarioContext, pool: Pool): Scenario {
  const { ix } = ctx;
  const se = ix.poolLead.get(pool.name)!;
  const affected = se.workloads;
  const standbyFor = standbyPlan(ctx, [pool], new Set([se]));
  const rb = rebuildRunbook(ctx, {
    lost: [se],
    affectedPools: [pool],
    domain: false,
    externalShares: [],
    affected: [...affected],
    decideTitle: `Assess the loss of Standard Edition server ${se.fqdn}`,
    standbyFor,
  });
  const run = finishRunbook(rb, ctx.admins, affected, ix.priority);
  const notes = [
    "Archiving, Mediation and other servers that rely on this server keep their own settings; restore them only if they were lost too (table 17-9).",
  ];
  const scenario = scenarioOf(
    ctx,
    `loss-of-standard-edition:${pool.name}`,
    `Loss of Standard Edition server ${se.fqdn}`,
    { kind: "standard-edition", target: pool.name },
    run,
    notes,
    ["S7", "D1", "D6", "D7", "Restore order"],
  );
  return withFastPath(ctx, scenario, standbyFor, [pool]);
}
