// The server Playwright tests run against: a fresh SQLite database with the demo deployment, one
// account per role (e2e/users.ts) and the production build (`next build` must have run).
import { execFileSync, spawn } from "node:child_process";
import { rmSync, mkdirSync } from "node:fs";

const port = process.env.E2E_PORT || "3100";
// One database per port, so two servers (say a test run and a manual check) never wipe each other.
const db = `data/e2e-${port}.db`;
mkdirSync("data", { recursive: true });
for (const f of [db, `${db}-journal`, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
const env = { ...process.env, DATABASE_URL: `file:./${db}`, NEXT_TELEMETRY_DISABLED: "1" };
const tsx = ["node_modules/tsx/dist/cli.mjs"];
execFileSync(process.execPath, [...tsx, "scripts/migrate.ts", "deploy"], { stdio: "inherit", env });
execFileSync(process.execPath, [...tsx, "scripts/seed-demo.ts"], { stdio: "inherit", env });
execFileSync(process.execPath, [...tsx, "scripts/seed-e2e-users.ts"], { stdio: "inherit", env });
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], { stdio: "inherit", env });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
