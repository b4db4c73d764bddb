const p = process.argv[2];
const n = Number(process.argv[3] ?? 1000);
const S = await import(p + "/lib/engine/scenarios");
const AD = await import(p + "/lib/engine/runbooks/active-directory");
const PO = await import(p + "/lib/engine/runbooks/pool");
const SS = await import(p + "/lib/engine/runbooks/single-server");
const SI = await import(p + "/lib/engine/runbooks/site");
const { indexDeployment } = await import(p + "/lib/engine/topology");
const { durationsFor } = await import(p + "/lib/engine/durations");
const { resolveAssumptions } = await import(p + "/lib/engine/assumptions");
const { generateDeployment } = await import(p + "/lib/engine/testing/generate");
const d = generateDeployment({ servers: n, pools: 200, seed: 42 });
const { assumptions } = resolveAssumptions({});
const ctx = S.scenarioContext(indexDeployment(d), durationsFor(d, assumptions));
const ix = ctx.ix;
const fam: Record<string, number> = {};
const cpu = (k: string, f: () => unknown) => { const c = process.cpuUsage(); f(); const u = process.cpuUsage(c); fam[k] = (fam[k] ?? 0) + (u.user + u.system) / 1000; };
for (let r = 0; r < 6; r++) {
  cpu("ad", () => AD.activeDirectoryScenario(ctx));
  cpu("site", () => { for (const site of ix.d.sites) if ((ix.serversBySite.get(site.name)?.length ?? 0) > 0) SI.siteScenario(ctx, site); });
  cpu("se", () => { for (const pool of ix.d.pools) if (pool.kind === "standard" && ix.poolLead.has(pool.name)) PO.standardEditionScenario(ctx, pool); });
  cpu("pool", () => { for (const pool of ix.d.pools) if (pool.kind !== "standard") PO.poolScenario(ctx, pool); });
  cpu("be", () => { for (const pool of ix.d.pools) if (pool.kind !== "standard" && ix.backEndOfPool.has(pool.name)) PO.backEndScenario(ctx, pool); });
  cpu("server", () => { for (const s of ix.servers) if (!s.server.roles.includes("standard-edition") && s.backEndOf.length === 0) SS.serverScenario(ctx, s); });
  if (r === 1) for (const k in fam) fam[k] = 0;
}
console.log(p.padEnd(20), Object.entries(fam).map(([k, v]) => `${k} ${(v / 4).toFixed(0)}`).join("  "));
