"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/client";
import { importDeployment } from "@/lib/commands/deployments";
import type { Deployment } from "@/lib/formats/deployment";
import { MAX_DEPLOYMENT_BYTES, parseDeploymentText } from "@/lib/formats/parse-deployment";
import type { Problem } from "@/lib/formats/problems";
import type { Role } from "@/lib/formats/enums";
import { actorName, authorizeAction } from "@/lib/auth/server";
import { isForm, NO_FORM } from "@/lib/actions/form-state";

export interface ImportPreview {
  name: string;
  forest: string;
  sites: { name: string; kind: string }[];
  pools: { name: string; kind: string; servers: number }[];
  servers: number;
  serversByRole: [Role, number][];
  databases: number;
  fileShares: number;
  workloads: string[];
  edge: string | null;
}

export interface ImportState {
  stage: "choose" | "preview" | "error";
  fileName?: string;
  text?: string;
  preview?: ImportPreview;
  errors?: Pick<Problem, "path" | "message" | "rule">[];
  warnings?: Pick<Problem, "path" | "message" | "rule">[];
}

function previewOf(d: Deployment): ImportPreview {
  const byRole = new Map<Role, number>();
  const byPool = new Map<string, number>();
  for (const s of d.servers) {
    s.roles.forEach((r) => byRole.set(r, (byRole.get(r) ?? 0) + 1));
    if (s.pool) byPool.set(s.pool, (byPool.get(s.pool) ?? 0) + 1);
  }
  return {
    name: d.name,
    forest: d.forest,
    sites: d.sites,
    pools: d.pools.map((p) => ({ name: p.name, kind: p.kind, servers: byPool.get(p.name) ?? 0 })),
    servers: d.servers.length,
    serversByRole: [...byRole],
    databases: d.databases?.length ?? 0,
    fileShares: d.fileShares?.length ?? 0,
    workloads: [...d.priorities.workloads].sort((a, b) => a.rank - b.rank).map((w) => w.workload),
    edge: d.edge?.topology ?? null,
  };
}

const slim = (ps: Problem[]) => ps.slice(0, 500).map(({ path, message, rule }) => ({ path, message, rule }));

async function readUpload(formData: FormData): Promise<{ text: string; fileName: string } | { error: string }> {
  const file = formData.get("file");
  const pasted = String(formData.get("text") ?? "");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_DEPLOYMENT_BYTES)
      return { error: `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${MAX_DEPLOYMENT_BYTES / 1048576} MB` };
    return { text: await file.text(), fileName: file.name };
  }
  if (pasted.trim()) return { text: pasted, fileName: String(formData.get("fileName") ?? "") };
  return { error: "Choose a deployment file (JSON or YAML) or paste its content." };
}

/** Step 1: validate the file and show what would be created; nothing is written. */
export async function previewImport(_prev: ImportState, formData: FormData): Promise<ImportState> {
  await authorizeAction("planner");
  if (!isForm(formData)) return { stage: "error", errors: [{ path: "", message: NO_FORM }] };
  const upload = await readUpload(formData);
  if ("error" in upload) return { stage: "error", errors: [{ path: "", message: upload.error }] };
  const parsed = parseDeploymentText(upload.text, upload.fileName);
  if (!parsed.ok) return { stage: "error", fileName: upload.fileName, errors: slim(parsed.errors), warnings: slim(parsed.warnings) };
  return {
    stage: "preview",
    fileName: upload.fileName,
    text: upload.text,
    preview: previewOf(parsed.deployment),
    warnings: slim(parsed.warnings),
  };
}

/** Step 2: store it (one transaction) and open it. */
export async function confirmImport(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { stage: "error", errors: [{ path: "", message: NO_FORM }] };
  const text = String(formData.get("text") ?? "");
  const fileName = String(formData.get("fileName") ?? "");
  const result = await importDeployment(prisma, { text, fileName }, actorName(user));
  if (!result.ok) return { stage: "error", fileName, errors: slim(result.errors), warnings: slim(result.warnings) };
  revalidatePath("/", "layout");
  redirect(`/deployments/${result.id}`);
}
