import { scenarioContext } from "../lib/engine/scenarios";
import { backEndScenario } from "../lib/engine/runbooks/pool";
import { indexDeployment } from "../lib/engine/topology";
import { durationsFor } from "../lib/engine/durations";
import { resolveAssumptions } from "../lib/engine/assumptions";
import { generateDeployment } from "../lib/engine/testing/generate";
const d = generateDeployment({ servers: 1000, pools: 200, seed: 42 });
const { assumptions } = resolveAssumptions({});
const ix = indexDeployment(d);
for (let r = 0; r < 60; r++) { const ctx = scenarioContext(ix, durationsFor(d, assumptions)); for (const pool of d.pools) if (pool.kind !== "standard" && ix.backEndOfPool.has(pool.name)) backEndScenario(ctx, pool); }
