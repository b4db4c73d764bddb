import { planDeployment } from "../lib/engine/plan";
import { generateDeployment } from "../lib/engine/testing/generate";
const d = generateDeployment({ servers: 500, pools: 20, seed: 11 });
const plan = planDeployment(d);
console.log("total", JSON.stringify(plan).length);
const fields: Record<string, number> = {};
let n = 0;
for (const s of plan.scenarios) for (const st of [...s.steps, ...(s.alternatives ?? []).flatMap(a=>a.steps)]) { n++; for (const [k,v] of Object.entries(st)) if (v !== undefined) fields[k]=(fields[k]??0)+JSON.stringify(v).length+k.length+4; }
console.log(n, fields);
const byKind: Record<string,number> = {};
for (const s of plan.scenarios) byKind[s.loss.kind]=(byKind[s.loss.kind]??0)+JSON.stringify(s).length;
console.log(byKind);
const details = new Set<string>(); for (const s of plan.scenarios) for (const st of [...s.steps, ...(s.alternatives ?? []).flatMap(a=>a.steps)]) if (st.detail) details.add(st.detail);
console.log("distinct details", details.size, [...details].reduce((a,b)=>a+b.length,0));
