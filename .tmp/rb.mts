const p = process.argv[2];
const { planDeployment } = await import(p + "/lib/engine/plan");
const { generateDeployment } = await import(p + "/lib/engine/testing/generate");
const d = generateDeployment({ servers: 1000, pools: 200, seed: 42 });
const pl: any = planDeployment(d);
let rbs = 0, steps = 0; const alts: Record<string, number> = {};
for (const s of pl.scenarios) { rbs++; steps += s.steps.length; for (const a of s.alternatives ?? []) { rbs++; steps += a.steps.length; alts[a.id] = (alts[a.id] ?? 0) + 1; } }
console.log(p, "runbooks", rbs, "steps", steps, alts);
const s0 = pl.scenarios.find((s: any) => s.id.startsWith("loss-of-pool"));
console.log(s0.steps.map((x: any) => x.title).join("\n"));
