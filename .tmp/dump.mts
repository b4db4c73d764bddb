import fs from "node:fs";
const p = process.argv[2], out = process.argv[3];
const { generateDeployment } = await import(p + "/lib/engine/testing/generate");
const { planDeployment } = await import(p + "/lib/engine/plan");
const docs: [string, any][] = [];
for (const f of fs.readdirSync("/work/shared/examples").filter((x) => x.endsWith(".json"))) docs.push([f, JSON.parse(fs.readFileSync("/work/shared/examples/" + f, "utf8"))]);
for (const f of fs.readdirSync("/work/shared/examples/extension-1").filter((x) => x.endsWith(".json"))) docs.push(["ext-" + f, JSON.parse(fs.readFileSync("/work/shared/examples/extension-1/" + f, "utf8"))]);
for (const seed of [1, 2, 3, 4, 5, 6, 7]) docs.push([`gen${seed}`, generateDeployment({ servers: 60 + seed * 20, pools: 3 + seed, seed })]);
const fc = (await import("fast-check")).default;
const { variedDeploymentArbitrary } = await import(p + "/lib/engine/testing/varied");
fc.sample(variedDeploymentArbitrary, { seed: 7, numRuns: 40 }).forEach((d: any, i: number) => docs.push([`varied${i}`, d]));
fs.mkdirSync(out, { recursive: true });
for (const [name, d] of docs) { try { fs.writeFileSync(`${out}/${name}.json`, JSON.stringify(planDeployment(d), null, 1)); } catch (e) { console.log(name, String(e).slice(0, 100)); } }
