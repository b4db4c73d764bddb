import { readFileSync } from "node:fs";
import { planDeployment } from "../lib/engine/plan";

const [,, which, id] = process.argv;
const d = which === "demo" ? JSON.parse(readFileSync("lib/demo/fabrikam-demo.json", "utf8")) : JSON.parse(readFileSync(which === "std" ? "/work/shared/examples/litware-standard.json" : "/work/shared/examples/litware-enterprise-consolidated.json", "utf8"));
const plan = planDeployment(d);
const s = plan.scenarios.find((x) => x.id === id)!;
const t = (m?: number) => `${Math.floor((m ?? 0) / 60)}:${String((m ?? 0) % 60).padStart(2, "0")}`;
for (const st of s.steps) console.log(`${st.order}. T+${t(st.startMinute)} ${st.minutes}m a${st.assignee ?? "-"} [${st.dependsOn.join(",")}] ${st.title} {${(st.workloads ?? []).join(",")}}`);
console.log(s.workloads.map((w) => `${w.workload} ${w.rtoHours}h/${w.targetHours}`).join("; "));
