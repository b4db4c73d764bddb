// Loss of one server (front end, Director, conferencing, Archiving, Monitoring, Mediation, forwarding
// proxy or Edge server): rebuild it and import its machine-level settings (S7).
import { ROLE_LABELS } from "../../formats/enums";
import type { Scenario } from "../../formats/plan";
import { finishRunbook, RunbookBuilder } from "../runbook";
import type { Workload } from "../../formats/enums";
import { phaseById } from "../rules/restore-order";
import { hasAnyPeer, hasPeerFor, type ServerInfo } from "../topology";
import {
  confirmWorkloads,
  decideStep,
  inferredOrderNotes,
  mediaStep,
  scenarioOf,
  type ScenarioContext,
  type ServerTemplate,
} from "./context";
import { rebuildServer, runsIis, serverTexts, type ServerTexts } from "./server-chain";

/**
 * Single-server runbooks depend only on the server's shape (roles, spare hardware, load-balanced peers,
 * the data it holds), not on its name: the first server of each shape is built and scheduled, the others
 * reuse that schedule with their own names. This keeps plans of thousands of servers fast.
 */
export function serverScenario(ctx: ScenarioContext, s: ServerInfo): Scenario {
  const restore = ctx.hostRestore(s);
  let shape = `${s.roleMask}|${s.peerMask}|${s.spare}|${runsIis(s)}`;
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
  if (s.pool)
    notes.push(`Only this server's machine-level settings are imported (S7); the pool-level settings of ${s.pool.name} are intact.`);
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
  const peers = affected.map((w) => hasPeerFor(s, w));
  const workaround = workaroundFor(ctx, s);
  const bypass = workaround?.first(
    rb,
    ctx,
    decide,
    affected.filter((_, i) => !peers[i]),
  );
  if (bypass !== undefined) rb.servedElsewhere = new Set(rb.workloadsOf(bypass));
  const media = mediaStep(rb, ctx, decide, affected);
  const end = rebuildServer(rb, ctx, s, { decide, media, beReady: new Map(), poolImport: new Map(), importPoolHere: new Set() });
  workaround?.after(rb, ctx, end);
  rb.servedElsewhere = undefined;
  // Users check what was down; what surviving peers kept serving needs no user check of its own.
  confirmWorkloads(
    rb,
    ctx,
    affected.filter((_, i) => !peers[i]),
    decide,
  );
  const run = finishRunbook(rb, ctx.admins, affected, ix.priority, (w) => (peers[affected.indexOf(w)] ? "reduced-capacity" : "outage"));
  const slotOf = new Map(Object.entries(texts).map(([k, v]) => [v, k as keyof ServerTexts]));
  return {
    server: s,
    run,
    titleSlots: run.steps.map((step) => slotOf.get(step.title)),
    commandSlots: run.steps.map((step) => (step.command === undefined ? undefined : slotOf.get(step.command))),
    notes: [
      ...(peers.some(Boolean)
        ? [
            "Peers in the same pool or load-balanced array keep serving meanwhile: users stay homed where they are and need no reassignment.",
          ]
        : []),
      ...inferredOrderNotes([s]),
      ...(workaround ? [workaround.note] : []),
    ],
    roleLabels: s.server.roles.map((r) => ROLE_LABELS[r]).join(", "),
  };
}

interface Workaround {
  /**
   * The step that restores service without the server; it serves what the server's loss took down
   * (never nothing: a Director with a peer needs no workaround, and a Mediation Server has none).
   */
  first(rb: RunbookBuilder, ctx: ScenarioContext, decide: number, down: readonly Workload[]): number;
  /** Undo the workaround once the server is back. */
  after(rb: RunbookBuilder, ctx: ScenarioContext, rebuilt: number): void;
  note: string;
}

/**
 * Service without the lost server while it is rebuilt (inferred): the only Director is taken out of
 * the path, and a Mediation Server's gateway is routed to another Mediation Server.
 */
function workaroundFor(ctx: ScenarioContext, s: ServerInfo): Workaround | undefined {
  const roles = s.server.roles;
  if (roles.includes("director") && !hasAnyPeer(s))
    return {
      first: (rb, c, decide, down) =>
        rb.add({
          title: "Take the Director out of the path",
          detail:
            "Inferred: point the internal SIP service records that name the Director at the pool instead, and set the Edge servers' next hop to the pool (Edge properties in the OCS snap-in), so sign-in and remote access bypass the Director while it is rebuilt.",
          phase: phaseById("director").name,
          verify: true,
          minutes: c.dur.work(c.dur.a.dnsUpdateMinutes),
          assumption: "dnsUpdateMinutes",
          deps: [decide],
          workloads: down,
          rules: ["P1", "S6"],
        }),
      after: (rb, c, rebuilt) =>
        void rb.add({
          title: "Put the Director back in the path",
          detail: "Inferred: undo the DNS and next-hop changes once the Director passes its check.",
          phase: phaseById("director").name,
          verify: true,
          minutes: c.dur.work(c.dur.a.dnsUpdateMinutes),
          assumption: "dnsUpdateMinutes",
          deps: [rebuilt],
          // Users are served meanwhile: undoing the workaround is work of no rank, after every user check.
          workloads: [],
          rules: ["S6"],
        }),
      note: "The only Director is taken out of the path first (inferred): users and the Edge reach the pool directly until it is back.",
    };
  const otherMediation = ctx.ix.servers.some((x) => x !== s && x.server.roles.includes("mediation"));
  if (roles.includes("mediation") && otherMediation)
    return {
      first: (rb, c, decide, down) =>
        rb.add({
          title: "Route the media gateway to another Mediation Server",
          detail:
            "Inferred: on the gateway (with its vendor's tools) and in the Mediation Server settings, send the calls of the lost server to a surviving Mediation Server, checking it can carry the extra calls.",
          phase: phaseById("mediation").name,
          verify: true,
          minutes: c.dur.work(c.dur.a.dnsUpdateMinutes),
          assumption: "dnsUpdateMinutes",
          deps: [decide],
          workloads: down,
          rules: ["P1"],
        }),
      after: (rb, c, rebuilt) =>
        void rb.add({
          title: "Route the media gateway back",
          detail: "Inferred: give the gateway back to the rebuilt Mediation Server once it passes its check.",
          phase: phaseById("mediation").name,
          verify: true,
          minutes: c.dur.work(c.dur.a.dnsUpdateMinutes),
          assumption: "dnsUpdateMinutes",
          deps: [rebuilt],
          // Users are served meanwhile: undoing the workaround is work of no rank, after every user check.
          workloads: [],
          rules: ["P1"],
        }),
      note: "Calls go through another Mediation Server first (inferred); the rebuilt server takes its gateway back at the end.",
    };
  return undefined;
}
