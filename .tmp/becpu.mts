const p = process.argv[2];
const { scenarioContext } = await import(p + "/lib/engine/scenarios");
const { backEndScenario, poolScenario } = await import(p + "/lib/engine/runbooks/pool");
const { indexDeployment } = await import(p + "/lib/engine/topology");
const { durationsFor } = await import(p + "/lib/engine/durations");
const { resolveAssumptions } = await import(p + "/lib/engine/assumptions");
const { generateDeployment } = await import(p + "/lib/engine/testing/generate");
const d = generateDeployment({ servers: 1000, pools: 200, seed: 42 });
const { assumptions } = resolveAssumptions({});
const ix = indexDeployment(d);
const run = () => { const ctx = scenarioContext(ix, durationsFor(d, assumptions)); for (const pool of d.pools) if (pool.kind !== "standard" && ix.backEndOfPool.has(pool.name)) { backEndScenario(ctx, pool); poolScenario(ctx, pool); } };
for (let r = 0; r < 10; r++) run();
const ts: number[] = [];
for (let k = 0; k < 7; k++) { const c = process.cpuUsage(); for (let r = 0; r < 10; r++) run(); const u = process.cpuUsage(c); ts.push((u.user + u.system) / 10000); }
ts.sort((a, b) => a - b);
console.log(p.padEnd(14), "pool+be cpu ms/plan", ts[3].toFixed(1), ts.map((x) => x.toFixed(0)).join(" "));
