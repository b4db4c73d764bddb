import { generateDeployment } from "../lib/engine/testing/generate";
const base = "http://127.0.0.1:3961";
const r = await fetch(base + "/api/auth/sign-in/email", { method: "POST", body: JSON.stringify({ email: "b@b.test", password: "bench password for load runs" }), headers: { "content-type": "application/json", origin: base } });
const cookie = r.headers.getSetCookie().find((c) => /session_token=/.test(c))!.split(";")[0];
const h = { cookie, "accept-encoding": "gzip" };
const created = await fetch(base + "/api/deployments", { method: "POST", body: JSON.stringify(generateDeployment({ servers: 500, pools: 20, seed: 11 })), headers: { ...h, "content-type": "application/json" } });
const id = (await created.json()).id;
const pid = Number(process.argv[2]);
const fs = await import("node:fs");
const cpu = () => { const st = fs.readFileSync(`/proc/${pid}/stat`, "utf8"); const f = st.slice(st.lastIndexOf(")") + 2).split(" ").map(Number); return (f[11] + f[12]) * 10; };
for (const url of [`/deployments/${id}`, `/deployments/${id}`, `/deployments/${id}/plan`, `/deployments`, "/favicon.ico"]) {
  for (let i = 0; i < 3; i++) await (await fetch(base + url, { headers: h })).arrayBuffer();
  const c0 = cpu(); const t0 = performance.now();
  const N = 20;
  for (let i = 0; i < N; i++) await (await fetch(base + url, { headers: h })).arrayBuffer();
  console.log(url.replace(id, ":id").padEnd(24), "server cpu ms/req", ((cpu() - c0) / N).toFixed(1), "wall ms/req", ((performance.now() - t0) / N).toFixed(1));
}
