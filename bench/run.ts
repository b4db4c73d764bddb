export {};
// npm run bench: every benchmark of the project, one after another, printing a table each.
// Benchmarks report numbers; they never fail the build (targets are in the issue notes).
const benches: { name: string; file: string }[] = [
  { name: "engine", file: "./engine.bench.ts" },
  { name: "store", file: "./store.bench.ts" },
  { name: "evidence", file: "./evidence.bench.ts" },
  { name: "web", file: "./web.bench.ts" },
  { name: "jobpack", file: "./jobpack.bench.ts" },
  { name: "iscp", file: "./iscp.bench.ts" },
];

const only = process.argv.slice(2);
for (const b of benches) {
  if (only.length && !only.includes(b.name)) continue;
  const mod = await import(b.file).catch((e: unknown) => {
    if ((e as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND") return null;
    throw e;
  });
  if (!mod) {
    console.log(`(${b.name}: no benchmark yet)`);
    continue;
  }
  console.log(`\n== ${b.name} ==`);
  if (typeof mod.main === "function") await mod.main();
}
