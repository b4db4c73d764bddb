// Import and export of deployment files against the store: the same code behind the import page,
// the JSON API and the seed script.
import { stringify as toYaml } from "yaml";
import type { Db } from "./client";
import { createDeployment, loadDeployment } from "./deployment-store";
import { createDeploymentAudited, deploymentCounts, type AuditContext } from "./audited-writes";
import type { Deployment } from "../formats/deployment";
import { parseDeploymentText } from "../formats/parse-deployment";
import type { Problem } from "../formats/problems";

export type ImportResult =
  { ok: true; id: string; deployment: Deployment; warnings: Problem[] } | { ok: false; errors: Problem[]; warnings: Problem[] };

/**
 * Validate a deployment file and store it; nothing is written if anything is wrong. With `audit`, the
 * audit entry (action "import" unless given) is written in the same transaction.
 */
export async function importDeploymentText(db: Db, text: string, fileName = "", audit?: AuditContext): Promise<ImportResult> {
  const parsed = parseDeploymentText(text, fileName);
  if (!parsed.ok) return parsed;
  const id = audit
    ? await createDeploymentAudited(db, parsed.deployment, {
        action: "import",
        detail: `${fileName ? `${fileName}: ` : ""}${deploymentCounts(parsed.deployment)}`,
        ...audit,
      })
    : await createDeployment(db, parsed.deployment);
  return { ok: true, id, deployment: parsed.deployment, warnings: parsed.warnings };
}

export type ExportFormat = "json" | "yaml";

export function serializeDeployment(d: Deployment, format: ExportFormat = "json"): string {
  return format === "yaml" ? toYaml(d) : JSON.stringify(d, null, 2) + "\n";
}

export async function exportDeployment(
  db: Db,
  id: string,
  format: ExportFormat = "json",
): Promise<{ text: string; fileName: string } | null> {
  const stored = await loadDeployment(db, id);
  if (!stored) return null;
  return { text: serializeDeployment(stored.deployment, format), fileName: `${fileSlug(stored.deployment.name)}.deployment.${format}` };
}

export const fileSlug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80) || "deployment";
