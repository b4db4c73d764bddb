// Loss of one server (front end, Director, conferencing, Archiving, Monitoring, Mediation, forwarding
// proxy or Edge server): rebuild it and import its machine-level settings (S7).
import { ROLE_LABELS } from "../../formats/enums";
import type { Scenario } from "../../formats/plan";
import { finishRunbook, RunbookBuilder } from "../runbook";
import { hasPeerFor, type ServerInfo } from "../topology";
import { confirmWorkloads, decideStep, inferredOrderNotes, mediaStep, scenarioOf, type ScenarioContext, type ServerTemplate } from "./context";
import { rebuildServer, serverTexts, type ServerTexts } from "./server-chain";

/**
 * Single-server runbooks depend only on the server's shape (roles, spare hardware, load-balanced peers,
 * the data it holds), not on its name: the first server of each shape is built and scheduled, the others
 * reuse that schedule with their own names. This keeps plans of thousands of servers fast.
 */
export function serverScenario(ctx: ScenarioContext, s: ServerInfo): Scenario {
  const restore = ctx.hostRestore(s);
  let shape = `${s.roleMask}|${s.peerMask}|${s.spare}`;
  if (restore.databases.length > 0 || s.shares.length > 0)
    shape += `|${restore.databases.map((db) => `${db.name}:${db.sizeGb}:${db.listed}`)}|${s.shares.map((x) => `${x.content}:${x.sizeGb}:${x.path}`)}`;
  let template = ctx.serverTemplates.get(shape);
  if (!template) {
    template = serverTemplate(ctx, s);
    ctx.serverTemplates.set(shape, template);
  }
  const texts = serverTexts(s);
  const steps =
    template.server === s
      ? template.run.steps
      : template.run.steps.map((step, i) => {
          const title = template.titleSlots[i];
          const command = template.commandSlots[i];
          return {
            ...step,
            title: title ? texts[title] : step.title.replaceAll(template.server.fqdn, s.fqdn),
            server: step.server === undefined ? undefined : s.fqdn,
            command: command ? texts[command] : step.command?.replaceAll(template.server.fqdn, s.fqdn),
          };
        });
  const notes = [...template.notes];
  if (s.pool) notes.push(`Only this server's machine-level settings are imported (S7); the pool-level settings of ${s.pool.name} are intact.`);
  return scenarioOf(
    ctx,
    `loss-of-server:${s.fqdn}`,
    `Loss of ${s.fqdn} (${template.roleLabels})`,
    { kind: "server", target: s.fqdn },
    { steps, rtoHours: template.run.rtoHours, workloads: template.run.workloads },
    notes,
    ["S7", "Restore order"],
  );
}


function serverTemplate(ctx: ScenarioContext, s: ServerInfo): ServerTemplate {
  const { ix } = ctx;
  const affected = s.workloads;
  const texts = serverTexts(s);
  const rb = new RunbookBuilder(ix.priority);
  const decide = decideStep(rb, ctx, texts.assess, affected);
  const media = mediaStep(rb, ctx, decide, affected);
  rebuildServer(rb, ctx, s, { decide, media, beReady: new Map(), poolImport: new Map(), importPoolHere: new Set() });
  confirmWorkloads(rb, ctx, affected, decide);
  const peers = affected.map((w) => hasPeerFor(s, w));
  const run = finishRunbook(rb, ctx.admins, affected, ix.priority, (w) => (peers[affected.indexOf(w)] ? "reduced-capacity" : "outage"));
  const slotOf = new Map(Object.entries(texts).map(([k, v]) => [v, k as keyof ServerTexts]));
  return {
    server: s,
    run,
    titleSlots: run.steps.map((step) => slotOf.get(step.title)),
    commandSlots: run.steps.map((step) => (step.command === undefined ? undefined : slotOf.get(step.command))),
    notes: [
      ...(peers.some(Boolean)
        ? ["Peers in the same pool or load-balanced array keep serving meanwhile: users stay homed where they are and need no reassignment."]
        : []),
      ...inferredOrderNotes([s]),
    ],
    roleLabels: s.server.roles.map((r) => ROLE_LABELS[r]).join(", "),
  };
}

