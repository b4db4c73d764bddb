// The demo deployment for an empty database (npm start and npm run db:seed); never touches existing data.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createDeployment } from "../lib/db/deployment-store";
import { parseDeploymentText } from "../lib/formats/parse-deployment";
import type { createPrismaClient } from "../lib/db/client";

/** Loads the demo when the database holds no deployment; returns what it did, for the console. */
export async function loadDemoIfEmpty(db: ReturnType<typeof createPrismaClient>): Promise<string> {
  if ((await db.deployment.count()) > 0) return "Database already holds deployments; demo not loaded.";
  const file = path.join(process.cwd(), "lib/demo/fabrikam-demo.json");
  const parsed = parseDeploymentText(readFileSync(file, "utf8"), file);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  const id = await createDeployment(db, parsed.deployment);
  return `Loaded the demo deployment "${parsed.deployment.name}" (${id}).`;
}
