// Loads the demo deployment into an empty database (npm start runs it; it never touches existing data).
import { readFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { createDeployment } from "../lib/db/deployment-store";
import { parseDeploymentText } from "../lib/formats/parse-deployment";

const db = createPrismaClient();
try {
  if ((await db.deployment.count()) > 0) {
    console.log("Database already holds deployments; demo not loaded.");
  } else {
    const file = path.join(process.cwd(), "lib/demo/fabrikam-demo.json");
    const parsed = parseDeploymentText(readFileSync(file, "utf8"), file);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
    const id = await createDeployment(db, parsed.deployment);
    console.log(`Loaded the demo deployment "${parsed.deployment.name}" (${id}).`);
  }
} finally {
  await db.$disconnect();
}
