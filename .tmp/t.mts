const p = "/work/main";
const { scenarioContext, scenariosFor } = await import(p + "/lib/engine/scenarios");
const { indexDeployment } = await import(p + "/lib/engine/topology");
const { durationsFor } = await import(p + "/lib/engine/durations");
const { resolveAssumptions } = await import(p + "/lib/engine/assumptions");
const { generateDeployment } = await import(p + "/lib/engine/testing/generate");
const d = generateDeployment({ servers: 1000, pools: 200, seed: 42 });
const { assumptions } = resolveAssumptions({});
for (let i = 0; i < 8; i++) { const g = globalThis as any; g.__sched = 0; g.__order = 0; const t = performance.now(); scenariosFor(scenarioContext(indexDeployment(d), durationsFor(d, assumptions))); console.log("total", (performance.now() - t).toFixed(0), "sched", g.__sched.toFixed(0), "order", g.__order.toFixed(0)); }
