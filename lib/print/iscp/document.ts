// The contingency plan document (../shared/spec/contingency-plan.md; rules P6-P9, facts 9.1-9.2) as
// data: NIST SP 800-34's ISCP template at the deployment's availability impact, every section filled
// from the model, the plan, its exercises and its approved versions. The Markdown, DOCX and PDF
// renderings all read this one document, so the three never disagree. Nothing is invented: where the
// model holds nothing, the section says what to add (a `todo` block) and the plan's gaps list it.
// No secrets: the model holds none, and nothing here reads tokens, hashes or keys.
import type { Deployment } from "../../formats/deployment";
import { ROLE_LABELS, WORKLOAD_LABELS } from "../../formats/enums";
import { AVAILABILITY_IMPACT_DEFAULT, type AvailabilityImpact, type Contact } from "../../formats/extension-2-people";
import type { RunbookStep, Scenario, ScenarioPath } from "../../formats/plan";
import type { Plan } from "../../engine/plan";
import { ASSUMPTION_TABLE } from "../../engine/assumptions";
import { RESTORE_PHASES } from "../../engine/rules/restore-order";
import { USER_CHECKS } from "../../engine/rules/user-checks";
import { activationCriteria } from "../../engine/contingency/activation";
import { activationAuthority, callTree, type CallTreeNode } from "../../engine/contingency/call-tree";
import { ESCALATION_FACTOR, escalationContacts, stepEscalations, tightestTarget } from "../../engine/contingency/escalation";
import { CONTACT_ROLE_LABELS, P7_ROLES } from "../../engine/gaps/people";
import { clockLabel, scenarioTitle, whoLabel } from "../runbook-document";
import { headingText, iscpOutline, numberOf, type IscpKey, type OutlineEntry } from "./outline";

export type IscpBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; columns: string[]; rows: string[][] }
  | { kind: "tree"; items: IscpTreeItem[] }
  /** What the model lacks for this part, and where to add it (the plan's gaps list it too). */
  | { kind: "todo"; text: string }
  /** A heading inside a section (one runbook of Appendix C). */
  | { kind: "subheading"; text: string }
  /** A runbook's steps: a table in Markdown and PDF, one compact paragraph pair per step in DOCX. */
  | { kind: "steps"; steps: IscpStep[] };

export interface IscpStep {
  order: number;
  title: string;
  server: string;
  command: string | null;
  start: string;
  estimate: string;
  escalateAfter: string;
  who: string;
}

export interface IscpTreeItem {
  text: string;
  children: IscpTreeItem[];
}

export interface IscpSection extends OutlineEntry {
  heading: string;
  blocks: IscpBlock[];
}

export interface IscpDocument {
  title: string;
  deploymentName: string;
  deploymentVersion: number;
  level: AvailabilityImpact;
  /** True when the level was not stated and the moderate template was used. */
  levelDefaulted: boolean;
  /** ISO date (yyyy-mm-dd) the document was produced. */
  producedOn: string;
  /** The mark on every page of a plan that is not an approved version; null when approved. */
  draft: string | null;
  approval: { number: number; approvedBy: string; approvedOn: string } | null;
  sections: IscpSection[];
}

export interface IscpVersion {
  number: number;
  deploymentVersion: number;
  /** The assumptions version approved with it (a plan version is both; absent: 0, as before assumptions were versioned). */
  assumptionsVersion?: number;
  approvedBy: string;
  approvedAt: Date;
  note: string;
}

export interface IscpExerciseRow {
  scenarioId: string;
  title: string;
  status: string;
  dueOn: string;
  last: { at: Date; label: string } | null;
}

export interface IscpInput {
  deployment: Deployment;
  deploymentVersion: number;
  /** The assumptions version the plan was made with; absent (the command line): only the deployment version is matched. */
  assumptionsVersion?: number;
  plan: Pick<Plan, "scenarios" | "bia" | "gaps" | "assumptions" | "restoreBriefing">;
  /** The deployment's own assumption values (the rest are defaults). */
  assumptionOverrides?: Readonly<Record<string, number>>;
  /** Approved plan versions, any order. */
  versions: readonly IscpVersion[];
  /** The exercise programme; null when not loaded (the command line). */
  exercises: { rows: readonly IscpExerciseRow[]; intervalDays: number } | null;
  /** The latest recorded restore exercise or finished run. */
  lastTested: Date | null;
  producedOn: Date;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const hours = (h: number) => `${Math.round(h * 100) / 100} h`;
const minutes = (m: number) =>
  m < 60 ? `${Math.round(m)} min` : `${Math.floor(m / 60)} h ${String(Math.round(m % 60)).padStart(2, "0")} min`;
const dash = "–";
const WHERE_PEOPLE = "Model → People";

/** Commands in the document name the real backup folder, never the <dir> placeholder. */
const withFolders = (d: Deployment) => {
  const dir = d.backup.destination ?? "<backup destination>";
  return (text: string) => text.replaceAll("<dir>", dir);
};

export function buildIscpDocument(input: IscpInput): IscpDocument {
  const d = input.deployment;
  const level = d.priorities.availabilityImpact ?? AVAILABILITY_IMPACT_DEFAULT;
  const outline = iscpOutline(level);
  const ref = (key: IscpKey) => numberOf(level, key);
  const versions = [...input.versions].sort((a, b) => b.number - a.number);
  // Approved only when this exact plan version was: the deployment version with the assumptions version.
  const current =
    versions.find(
      (v) =>
        v.deploymentVersion === input.deploymentVersion &&
        (input.assumptionsVersion === undefined || (v.assumptionsVersion ?? 0) === input.assumptionsVersion),
    ) ?? null;
  const of = `deployment version ${input.deploymentVersion}${input.assumptionsVersion === undefined ? "" : ` with assumptions version ${input.assumptionsVersion}`}`;
  const ctx: Ctx = { input, d, level, ref, versions, current, folders: withFolders(d) };
  const sections = outline.map((e) => ({ ...e, heading: headingText(e), blocks: FILL[e.key](ctx) }));
  return {
    title: `Information System Contingency Plan: ${d.name}`,
    deploymentName: d.name,
    deploymentVersion: input.deploymentVersion,
    level,
    levelDefaulted: d.priorities.availabilityImpact === undefined,
    producedOn: day(input.producedOn),
    draft: current
      ? null
      : `DRAFT: ${of} is not an approved plan version${versions[0] ? ` (last approved: version ${versions[0].number})` : ""}`,
    approval: current ? { number: current.number, approvedBy: current.approvedBy, approvedOn: day(current.approvedAt) } : null,
    sections,
  };
}

interface Ctx {
  input: IscpInput;
  d: Deployment;
  level: AvailabilityImpact;
  ref: (key: IscpKey) => string;
  versions: IscpVersion[];
  current: IscpVersion | null;
  folders: (text: string) => string;
}

const p = (text: string): IscpBlock => ({ kind: "paragraph", text });
const todo = (text: string): IscpBlock => ({ kind: "todo", text });
const list = (items: string[]): IscpBlock => ({ kind: "list", items });
const table = (columns: string[], rows: string[][]): IscpBlock => ({ kind: "table", columns, rows });

const contactsOf = (ctx: Ctx) => ctx.d.contacts ?? [];
const holders = (ctx: Ctx, role: Contact["roles"][number]) => contactsOf(ctx).filter((c) => c.roles.includes(role));
const nameList = (cs: readonly Contact[]) => cs.map((c) => c.name).join(", ");
const rolesText = (c: Contact) => c.roles.map((r) => CONTACT_ROLE_LABELS[r]).join(", ");

function approval(ctx: Ctx): IscpBlock[] {
  const { current, versions, input } = ctx;
  const blocks: IscpBlock[] = [];
  if (current)
    blocks.push(
      p(
        `This plan is plan version ${current.number}, approved by ${current.approvedBy} on ${day(current.approvedAt)} for deployment version ${current.deploymentVersion}.${current.note ? ` Approval note: ${current.note}` : ""}`,
      ),
    );
  else
    blocks.push(
      p(
        `This document is a DRAFT of deployment version ${input.deploymentVersion}: no approved plan version covers it${versions[0] ? ` (the last approved is version ${versions[0].number}, of deployment version ${versions[0].deploymentVersion})` : ""}.`,
      ),
      todo(
        "Approve the plan on the Versions page; the approved version's number, approver and date then appear here and the DRAFT mark goes.",
      ),
    );
  blocks.push(
    p(
      `The plan is tested at least yearly. Last tested on: ${input.lastTested ? day(input.lastTested) : "never (no restore exercise or finished restore run is recorded)"}.`,
    ),
  );
  const director = activationAuthority(contactsOf(ctx));
  const owner = holders(ctx, "system-owner")[0];
  blocks.push(
    table(
      ["Role", "Name", "Signature", "Date"],
      [
        ["ISCP director", director?.name ?? "", "", ""],
        ["System owner", owner?.name ?? "", "", ""],
      ],
    ),
  );
  return blocks;
}

function scope(ctx: Ctx): IscpBlock[] {
  const d = ctx.d;
  const rows = d.sites.map((s) => {
    const pools = d.pools.filter((x) => x.site === s.name).map((x) => x.name);
    const servers = d.servers.filter((x) => x.site === s.name).length;
    return [s.name, s.kind, pools.join(", ") || dash, String(servers)];
  });
  return [
    p(
      `This plan covers the Office Communications Server 2007 R2 deployment "${d.name}" in the forest ${d.forest}: ${d.sites.length} site${d.sites.length === 1 ? "" : "s"}, ${d.pools.length} pool${d.pools.length === 1 ? "" : "s"} and ${d.servers.length} server${d.servers.length === 1 ? "" : "s"}, with the dependencies it needs restored (Active Directory, DNS, certificates${d.dependencies.reverseProxy ? ", the reverse proxy" : ""}). It plans for ${ctx.input.plan.scenarios.length} loss scenarios.`,
    ),
    table(["Site", "Kind", "Pools", "Servers"], rows),
  ];
}

function assumptions(ctx: Ctx): IscpBlock[] {
  const own = ctx.input.assumptionOverrides ?? {};
  const values = ctx.input.plan.assumptions as unknown as Record<string, number>;
  return [
    p(
      "Recovery times in this plan are estimates computed from the assumptions below. Microsoft publishes no restore throughput or rebuild times for OCS 2007 R2, so a value marked as a planning assumption is this plan's own estimate: time a test restore and adjust it.",
    ),
    p(
      `The plan assumes the backups it schedules are taken and kept as planned, that ${ctx.d.recovery.adminsAvailable} administrator${ctx.d.recovery.adminsAvailable === 1 ? " is" : "s are"} available, and that replacement hardware arrives within ${ctx.d.recovery.vendorHardwareSlaHours} h where no spare is kept.`,
    ),
    table(
      ["Assumption", "Value", "Source"],
      ASSUMPTION_TABLE.map((r) => [
        r.label,
        `${values[r.key] ?? r.value} ${r.unit}${r.key in own ? " (this deployment's own value)" : ""}`,
        r.key in own ? "Set for this deployment (calibrated or entered on the Assumptions page)" : r.source,
      ]),
    ),
  ];
}

function systemDescription(ctx: Ctx): IscpBlock[] {
  const d = ctx.d;
  return [
    p(
      `Office Communications Server 2007 R2 provides ${d.priorities.workloads.length ? d.priorities.workloads.map((w) => WORKLOAD_LABELS[w.workload]).join(", ") : "instant messaging, presence and conferencing"} to the users of ${d.forest}.${d.edge ? ` Its Edge topology is ${d.edge.topology}.` : ""} The topology is drawn in ${ctx.ref("app-diagrams")}; every server is listed in ${ctx.ref("app-inventory")}.`,
    ),
    table(
      ["Pool", "Kind", "Site", "Back end", "Members"],
      d.pools.map((x) => [
        x.name,
        x.kind,
        x.site,
        x.backEnd ?? "on the Standard Edition server",
        String(d.servers.filter((s) => s.pool === x.name).length),
      ]),
    ),
  ];
}

const PHASES_TEXT = [
  "Activation and Notification: the ISCP director activates the plan once a loss is expected to outlast its activation threshold (3.1); the call tree notifies the recovery team (3.2); the outage is assessed (3.3).",
  "Recovery: the team restores the lost servers and data in the order of 4.1, following the runbooks of Appendix C, and escalates any step that runs past its threshold (4.3).",
  "Reconstitution: the team validates the data and the service, the ISCP director declares recovery, users are told, the site is cleaned up, a fresh backup is taken, the event is documented and the plan is deactivated (section 5).",
];

const RESPONSIBILITY: Record<string, string> = {
  "iscp-director": "Activates the plan, declares recovery and deactivates the plan; first in the call tree.",
  "iscp-coordinator": "Runs the plan: notification, coordination of the teams, escalation and event documentation.",
  "system-owner": "Owns the service and its business impact; agrees the activation and the user notifications.",
  "recovery-coordinator": "Leads the restore: assigns the runbook steps, tracks them against their times and escalates.",
  "technical-contact": "Knows the deployment; carries out and checks the technical steps.",
};

function roles(ctx: Ctx): IscpBlock[] {
  if (contactsOf(ctx).length === 0)
    return [
      todo(
        `No people are recorded. Add the contacts under ${WHERE_PEOPLE}: the ISCP director (activation authority) with a successor, the ISCP coordinator, the system owner, the recovery coordinator and the technical contact, each with an alternate.`,
      ),
    ];
  const rows = P7_ROLES.map((role) => {
    const hs = holders(ctx, role);
    const alternates = hs.map((c) => c.alternate).filter((x): x is string => !!x);
    return [CONTACT_ROLE_LABELS[role], nameList(hs) || "not assigned", alternates.join(", ") || "none", RESPONSIBILITY[role]];
  });
  const missing = P7_ROLES.filter((r) => holders(ctx, r).length === 0 || !holders(ctx, r).some((c) => c.alternate));
  return [
    table(["Role", "Name", "Alternate", "Responsibility"], rows),
    ...(missing.length
      ? [
          todo(
            `Assign ${missing.map((r) => CONTACT_ROLE_LABELS[r]).join(", ")} with an alternate under ${WHERE_PEOPLE} (the gaps list names each).`,
          ),
        ]
      : []),
    p(
      `Administrators: ${nameList(holders(ctx, "administrator")) || "none named"}. ${ctx.d.recovery.adminsAvailable} administrator${ctx.d.recovery.adminsAvailable === 1 ? " is" : "s are"} assumed available for the runbooks.`,
    ),
  ];
}

function activation(ctx: Ctx): IscpBlock[] {
  const groups = runbookGroups(ctx.input.plan.scenarios);
  const criteria = activationCriteria(groups.map((g) => g.scenario));
  const titles = new Map(groups.map((g) => [g.scenario.id, groupTitle(g)]));
  const director = activationAuthority(contactsOf(ctx));
  return [
    p(
      "The plan is activated when a loss below is declared on its evidence and the outage is expected to outlast the threshold: the tightest recovery time target among the workloads the loss takes down. The plan's estimate for the loss is beside it; where the estimate already exceeds the threshold, activate as soon as the loss is confirmed.",
    ),
    director
      ? p(
          `Activation authority: ${director.name} (ISCP director). Successor: ${director.alternate ?? "none named"}. Only they may activate the plan; the technical contact or recovery coordinator may recommend it.`,
        )
      : todo(
          `No activation authority is named: give one contact the role iscp-director, with an alternate as successor, under ${WHERE_PEOPLE}.`,
        ),
    table(
      ["Loss", "Declared on", "Runbook", "Activate when the outage is expected to outlast", "Plan's estimate"],
      criteria.map((c) => [
        titles.get(c.scenarioId) ?? c.scenarioId,
        c.evidence,
        `${ctx.ref("app-procedures")}, ${scenarioTitle(groups.find((g) => g.scenario.id === c.scenarioId)!.scenario)}`,
        c.activateAfterHours === null ? "no ranked workload: on the ISCP director's decision" : hours(c.activateAfterHours),
        `${hours(c.estimatedHours)}${c.estimateExceeds ? " (exceeds the threshold)" : ""}`,
      ]),
    ),
  ];
}

const treeItem = (n: CallTreeNode): IscpTreeItem => ({
  text: `${n.contact.name} (${rolesText(n.contact)}): in hours ${n.contact.office ?? n.contact.email ?? "no office number"}; out of hours ${n.contact.mobile ?? "no out-of-hours number"}`,
  children: n.calls.map(treeItem),
});

function notification(ctx: Ctx): IscpBlock[] {
  const tree = callTree(contactsOf(ctx));
  const blocks: IscpBlock[] = [];
  if (!tree.root)
    blocks.push(
      todo(
        `No call tree: ${contactsOf(ctx).length === 0 ? "no contacts are recorded" : "no contact holds the ISCP director role, where the tree starts"}. Add the people and whom each calls under ${WHERE_PEOPLE}.`,
      ),
    );
  else {
    blocks.push(
      p(
        `Notification starts with the activation authority and follows the call tree: each person calls the people listed under them, in order. In business hours call the office number (or email); out of hours call the mobile number.`,
      ),
      { kind: "tree", items: [treeItem(tree.root)] },
    );
    if (tree.unreached.length)
      blocks.push(
        todo(`Not in the call tree (nobody calls them): ${nameList(tree.unreached)}. Add them to someone's calls under ${WHERE_PEOPLE}.`),
      );
  }
  blocks.push(
    p(
      "When a person cannot be reached within 15 minutes: leave a message, call their alternate, and carry on with the people they would have called. Record every call (who, when, reached or not) for the event log.",
    ),
    p(
      `Message: "This is <name> for the ${ctx.d.name} contingency plan. <loss> happened at <time>; the plan is activated. Expected recovery: <hours>. Report to <place or bridge> by <time>; call <number> to confirm."`,
    ),
  );
  return blocks;
}

const OUTAGE_FIELDS = [
  "Cause of the outage or disruption",
  "Potential for additional disruption or damage",
  "Status of the physical infrastructure (structural integrity, power, cooling, network)",
  "Functional status of the equipment inventory",
  "Type of damage to the system's equipment and data",
  "Items to be replaced",
  "Estimated time to restore normal services",
];

function sequence(ctx: Ctx): IscpBlock[] {
  const ranked = [...ctx.d.priorities.workloads].sort((a, b) => a.rank - b.rank);
  return [
    p(
      "Servers are restored in the order of the OCS 2007 R2 Resource Kit's table 17-9 (restoration sequence for servers); each runbook skips what its loss does not need:",
    ),
    list(RESTORE_PHASES.map((ph) => `${ph.name}${ph.inferred ? " (placed by inference)" : ""}`)),
    ranked.length
      ? p(
          `Within that order, the most critical workloads come first: ${ranked.map((w) => `${w.rank}. ${WORKLOAD_LABELS[w.workload]}`).join("; ")}.`,
        )
      : todo("No workloads are ranked: rank them with their recovery targets under Model → Priorities."),
  ];
}

function procedures(ctx: Ctx): IscpBlock[] {
  return [
    p(
      `Each loss has its own runbook, written to be followed by a skilled administrator who does not know this deployment in detail. ${ctx.ref("app-procedures")} holds every step with its command, its start time (T+ from the loss), its estimate, its escalation threshold and who does it.`,
    ),
    table(
      ["Runbook", "Estimated recovery", "Workloads back"],
      runbookGroups(ctx.input.plan.scenarios).map(({ scenario: s, alike }) => [
        groupTitle({ scenario: s, alike }),
        hours(s.rtoHours),
        s.workloads
          .filter((w) => w.targetHours !== null)
          .map((w) => WORKLOAD_LABELS[w.workload])
          .join(", ") || dash,
      ]),
    ),
  ];
}

function escalation(ctx: Ctx): IscpBlock[] {
  const tell = escalationContacts(ctx.d);
  return [
    p(
      `A step is escalated once it has run for its estimate times ${ESCALATION_FACTOR}, and at the latest once it has run for half the tightest recovery time target of its runbook. ${ctx.ref("app-procedures")} gives each step's threshold ("Escalate after"); a live restore run in the planner shows the same escalation to everyone watching it. Escalate also when a key step completes, when items must be procured, or when anything else threatens the recovery.`,
    ),
    tell.length
      ? p(
          `Tell, in this order: ${tell.map((c) => `${c.name} (${rolesText(c)}, ${c.mobile ?? c.office ?? c.email ?? "no number"})`).join("; ")}.`,
        )
      : todo(`Nobody to tell is named: assign the recovery coordinator and the ISCP director under ${WHERE_PEOPLE}.`),
    table(
      ["Runbook", "Tightest target", "Steps", "Longest threshold"],
      runbookGroups(ctx.input.plan.scenarios).map(({ scenario: s, alike }) => {
        const esc = stepEscalations(s, s.steps);
        const target = tightestTarget(s);
        return [
          groupTitle({ scenario: s, alike }),
          target === null ? dash : hours(target),
          String(s.steps.length),
          esc.length ? minutes(Math.max(...esc.map((e) => e.afterMinutes))) : dash,
        ];
      }),
    ),
  ];
}

function reconstitution(ctx: Ctx): IscpBlock[] {
  return [
    p(
      "Reconstitution returns the service to normal operation: the data and functions are validated, recovery is declared, users are told, the work area is cleaned up, a fresh backup is taken, the event is documented and the plan is deactivated.",
    ),
    ...(ctx.level === "high"
      ? []
      : [
          p(
            `This plan follows NIST's ${ctx.level}-impact template (availability impact ${ctx.level}), which has no concurrent processing section.`,
          ),
        ]),
  ];
}

function concurrentProcessing(ctx: Ctx): IscpBlock[] {
  const standby = ctx.d.sites.filter((s) => s.kind === "standby");
  return standby.length
    ? [
        p(
          `Before users return to the restored servers, the standby site${standby.length > 1 ? "s" : ""} ${standby.map((s) => s.name).join(", ")} keep${standby.length > 1 ? "" : "s"} serving them; the failback runbooks of ${ctx.ref("app-alternate-processing")} move them back once validation has passed.`,
        ),
      ]
    : [
        todo(
          "No standby site is modelled, so nothing runs concurrently: the restored servers take the users directly. Model a standby site under Model → Sites to plan concurrent processing.",
        ),
      ];
}

function validationData(ctx: Ctx): IscpBlock[] {
  const dbs = (ctx.d.databases ?? []).map((b) => b.name);
  return [
    p("Before users return, check that the restored data is present and recent:"),
    list([
      "RTC: users' contact lists, permissions and scheduled conferences are present; the newest change is no older than the backup used.",
      ...(dbs.includes("LCSLog")
        ? ["Archiving (LCSLog): the newest archived message is from the restored backup's time; new messages arrive."]
        : []),
      ...(dbs.some((x) => x === "RTCCDR" || x === "QoEMetrics")
        ? ["Monitoring (RTCCDR, QoEMetrics): call detail and quality records of a test call arrive."]
        : []),
      "Settings: the imported global, pool and machine settings match the latest export.",
    ]),
  ];
}

function validationFunctionality(ctx: Ctx): IscpBlock[] {
  const ranked = [...ctx.d.priorities.workloads].sort((a, b) => a.rank - b.rank);
  const workloads = ranked.length ? ranked.map((w) => w.workload) : (Object.keys(USER_CHECKS) as (keyof typeof USER_CHECKS)[]);
  return [
    p(
      `Check each workload as a user would, most critical first (the runbooks' user checks; ${ctx.ref("app-validation-test-plan")} records the results):`,
    ),
    table(
      ["Workload", "Check"],
      workloads.map((w) => [WORKLOAD_LABELS[w], USER_CHECKS[w]]),
    ),
  ];
}

function declaration(ctx: Ctx): IscpBlock[] {
  const director = activationAuthority(contactsOf(ctx));
  return [
    director
      ? p(
          `Once validation has passed, ${director.name} (ISCP director; successor ${director.alternate ?? "none named"}) declares the recovery and its time, which ends the Recovery phase.`,
        )
      : todo(`Nobody is named to declare the recovery: add the ISCP director under ${WHERE_PEOPLE}.`),
  ];
}

function userNotifications(ctx: Ctx): IscpBlock[] {
  const owner = holders(ctx, "system-owner")[0];
  const stakeholders = holders(ctx, "stakeholder");
  return [
    p(
      `After the declaration, ${owner ? `${owner.name} (system owner)` : "the system owner"} tells the users that the service is back, what (if anything) was lost since the last backup, and whom to call with problems.${stakeholders.length ? ` Stakeholders to inform: ${nameList(stakeholders)}.` : ""}`,
    ),
  ];
}

function cleanup(): IscpBlock[] {
  return [
    p(
      "Remove temporary configuration (repointed DNS records, hosts files, temporary certificates), return or log borrowed hardware, put the replaced parts in for repair, and restock spares used.",
    ),
  ];
}

function destinations(ctx: Ctx): IscpBlock[] {
  const b = ctx.d.backup;
  const blocks: IscpBlock[] = [];
  if (b.destination) blocks.push(p(`Backups and exports are written to ${b.destination}.`));
  else blocks.push(todo("The backup destination is not recorded: set it under Model → Backup practice."));
  if (b.offsiteDestination) blocks.push(p(`The off-site copy is kept at ${b.offsiteDestination}.`));
  else if (b.offsiteCopy)
    blocks.push(todo("An off-site copy is kept, but where is not recorded: set the off-site destination under Model → Backup practice."));
  else
    blocks.push(
      todo(
        "No off-site copy is kept: a lost site may take its backups with it. Record an off-site destination under Model → Backup practice.",
      ),
    );
  return blocks;
}

function dataBackup(ctx: Ctx): IscpBlock[] {
  const b = ctx.d.backup;
  return [
    p(
      `Take a fresh full backup of every database, file share and settings export as soon as the service is declared recovered: run the job pack's jobs (Backup plan → Download backup jobs) by hand once, then let the schedule take over (databases every ${b.databaseFrequencyHours} h, settings every ${b.settingsFrequencyHours} h, file shares every ${b.fileShareFrequencyHours} h).`,
    ),
    ...(ctx.level === "low" ? destinations(ctx) : []),
  ];
}

function eventDocumentation(): IscpBlock[] {
  return [
    p(
      "Keep the activity log of the recovery: each step, who did it, when it started and finished, and the problems met. Running the recovery as a restore run in the planner records this, and its run report (estimated against actual per step and per workload, with every escalation and its time) is the after-action record. Add the test results of section 5 and the lessons learned, and review the plan with them.",
    ),
  ];
}

function deactivation(ctx: Ctx): IscpBlock[] {
  const director = activationAuthority(contactsOf(ctx));
  return [
    p(
      `${director ? director.name : "The ISCP director"} deactivates the plan once the service runs normally, the fresh backup has completed and the event is documented, and tells everyone the call tree reached.`,
    ),
  ];
}

function contactList(ctx: Ctx): IscpBlock[] {
  const cs = contactsOf(ctx);
  if (cs.length === 0)
    return [todo(`No contacts are recorded: add the people with an office and an out-of-hours number each under ${WHERE_PEOPLE}.`)];
  return [
    table(
      ["Name", "Roles", "Alternate", "Office", "Out of hours", "Email", "Calls"],
      cs.map((c) => [
        c.name,
        rolesText(c),
        c.alternate ?? dash,
        c.office ?? dash,
        c.mobile ?? dash,
        c.email ?? dash,
        (c.calls ?? []).join(", ") || dash,
      ]),
    ),
    ...cs.filter((c) => !c.mobile).map((c) => todo(`${c.name} has no out-of-hours number: add it under ${WHERE_PEOPLE}.`)),
  ];
}

const SUPPLY_LABELS: Record<string, string> = {
  hardware: "Hardware",
  "certificate-authority": "Certificate authority",
  telephony: "Telephony",
  "microsoft-support": "Microsoft support",
  network: "Network",
  other: "Other",
};

function vendorList(ctx: Ctx): IscpBlock[] {
  const vs = ctx.d.vendors ?? [];
  const blocks: IscpBlock[] = [];
  if (vs.length === 0)
    blocks.push(
      todo(
        `No vendors are recorded: add the hardware, certificate authority, telephony and Microsoft support contracts under ${WHERE_PEOPLE}.`,
      ),
    );
  else
    blocks.push(
      table(
        ["Vendor", "Supplies", "Phone", "Contract", "Response time"],
        vs.map((v) => [
          v.name,
          SUPPLY_LABELS[v.supplies],
          v.phone ?? dash,
          v.contract ?? dash,
          v.responseHours === undefined ? dash : hours(v.responseHours),
        ]),
      ),
    );
  if (vs.length > 0 && !vs.some((v) => v.supplies === "hardware") && ctx.d.servers.some((s) => !s.spareHardware))
    blocks.push(todo("Servers without a spare rely on a hardware vendor, and none is listed: add it."));
  return blocks;
}

function stepsBlock(ctx: Ctx, scenario: Pick<Scenario, "workloads">, steps: readonly RunbookStep[]): IscpBlock {
  const esc = stepEscalations(scenario, steps);
  return {
    kind: "steps",
    steps: steps.map((s, i) => ({
      order: s.order,
      title: s.title,
      server: s.server ?? dash,
      command: s.command ? ctx.folders(s.command) : null,
      start: clockLabel(s.startMinute),
      estimate: minutes(s.minutes),
      escalateAfter: minutes(esc[i].afterMinutes),
      who: whoLabel(s),
    })),
  };
}

export const STEP_COLUMNS = ["#", "Step", "Server", "Command", "Start", "Estimate", "Escalate after", "Who"];
export const stepCells = (s: IscpStep): string[] => [
  String(s.order),
  s.title,
  s.server,
  s.command ?? dash,
  s.start,
  s.estimate,
  s.escalateAfter,
  s.who,
];

/**
 * Runbooks in plan order, single-server runbooks that differ only in the lost server's name printed
 * once (a 500-server deployment has hundreds of front ends whose runbooks are the same steps).
 */
export function runbookGroups<S extends Scenario>(scenarios: readonly S[]): { scenario: S; alike: S[] }[] {
  const out: { scenario: S; alike: S[] }[] = [];
  const bySignature = new Map<string, { scenario: S; alike: S[] }>();
  for (const s of scenarios) {
    if (s.loss.kind !== "server" || !s.loss.target) {
      out.push({ scenario: s, alike: [] });
      continue;
    }
    const signature = runbookSignature(s, s.loss.target);
    const group = bySignature.get(signature);
    if (group) group.alike.push(s);
    else {
      const created: { scenario: S; alike: S[] } = { scenario: s, alike: [] };
      bySignature.set(signature, created);
      out.push(created);
    }
  }
  return out;
}

/** A runbook's title, naming the other losses it serves. */
const groupTitle = (g: { scenario: Scenario; alike: readonly Scenario[] }) =>
  g.alike.length
    ? `${scenarioTitle(g.scenario)} (the same runbook for ${g.alike.map((x) => x.loss.target).join(", ")})`
    : scenarioTitle(g.scenario);

function runbookSignature(s: Scenario, target: string): string {
  const steps = s.steps.map((x) => [x.title, x.server, x.command, x.detail, x.minutes, x.dependsOn, x.startMinute, x.assignee, x.waiting]);
  const text = JSON.stringify([steps, s.workloads, s.rtoHours, s.restoreLevels, s.notes, s.alternatives ?? null, s.failback ?? null]);
  const host = target.split(".")[0];
  return text.split(target).join("\u0000").split(host).join("\u0001");
}

function hardwareVendorLine(ctx: Ctx) {
  const v = (ctx.d.vendors ?? []).find((x) => x.supplies === "hardware");
  return (line: string) =>
    v
      ? line.replace(
          "Vendor and contract number: ____________________.",
          `Vendor: ${v.name}${v.phone ? `, ${v.phone}` : ""}${v.contract ? `, contract ${v.contract}` : ""}.`,
        )
      : line;
}

function detailedProcedures(ctx: Ctx): IscpBlock[] {
  const fill = hardwareVendorLine(ctx);
  const blocks: IscpBlock[] = [p("What every runbook starts from:"), list(ctx.input.plan.restoreBriefing.map((l) => fill(ctx.folders(l))))];
  const letter = ctx.ref("app-procedures").replace("Appendix ", "");
  runbookGroups(ctx.input.plan.scenarios).forEach(({ scenario: s, alike }, i) => {
    blocks.push({ kind: "subheading", text: `${letter}.${i + 1} ${scenarioTitle(s)}` });
    if (alike.length)
      blocks.push(
        p(
          `The same runbook serves the loss of ${alike.map((x) => x.loss.target).join(", ")}: follow these steps with the lost server's name in place of ${s.loss.target}.`,
        ),
      );
    blocks.push(
      p(
        `Estimated recovery ${hours(s.rtoHours)}; restores the ${s.restoreLevels.join(", ")} settings levels.${s.path ? ` Main path: ${s.path}.` : ""}`,
      ),
    );
    blocks.push(stepsBlock(ctx, s, s.steps));
    for (const a of s.alternatives ?? []) {
      blocks.push(p(`Alternative: ${a.title}. When: ${a.when} Estimated recovery ${hours(a.rtoHours)}.`));
      blocks.push(stepsBlock(ctx, a, a.steps));
    }
  });
  return blocks;
}

function alternateProcessing(ctx: Ctx): IscpBlock[] {
  const withFailback = ctx.input.plan.scenarios.filter((s): s is Scenario & { failback: ScenarioPath } => !!s.failback);
  if (withFailback.length === 0)
    return [
      todo(
        "No alternate processing is modelled: no standby pool or site takes the users while the lost servers are rebuilt. Model a standby site with a pool under Model → Sites and Pools for a fast path and its failback.",
      ),
    ];
  const blocks: IscpBlock[] = [
    p(
      "These losses move the users to a standby pool first (the fast path); once the lost servers are back, the failback brings them home:",
    ),
  ];
  for (const s of withFailback) {
    blocks.push({ kind: "subheading", text: `${scenarioTitle(s)}: ${s.failback.title}` });
    blocks.push(p(`When: ${s.failback.when} Estimated ${hours(s.failback.rtoHours)} from the failback decision.`));
    blocks.push(stepsBlock(ctx, s.failback, s.failback.steps));
  }
  return blocks;
}

function validationTestPlan(ctx: Ctx): IscpBlock[] {
  const ranked = [...ctx.d.priorities.workloads].sort((a, b) => a.rank - b.rank).map((w) => w.workload);
  const workloads = ranked.length ? ranked : (Object.keys(USER_CHECKS) as (keyof typeof USER_CHECKS)[]);
  return [
    table(
      ["Procedure", "Expected results", "Actual results", "Successful?", "Performed by"],
      workloads.map((w) => [USER_CHECKS[w], `${WORKLOAD_LABELS[w]} works as before the loss`, "", "", ""]),
    ),
  ];
}

function alternateStorage(ctx: Ctx): IscpBlock[] {
  const standby = ctx.d.sites.filter((s) => s.kind === "standby");
  return [
    ...destinations(ctx),
    standby.length
      ? p(
          `Alternate site: ${standby.map((s) => s.name).join(", ")} (standby${ctx.d.pools.some((x) => standby.some((s) => s.name === x.site)) ? ", with a pool" : ", without a pool"}).`,
        )
      : todo("No alternate (standby) site is modelled: add one under Model → Sites if the organisation has one."),
    p(
      "Telecommunications: the PSTN gateways and the Mediation Servers carry Enterprise Voice; the Edge servers and the reverse proxy carry remote access and federation. The certificates, DNS records and ports each rebuilt server needs are listed in its runbook.",
    ),
  ];
}

function diagrams(ctx: Ctx): IscpBlock[] {
  const d = ctx.d;
  return [
    p("The deployment's topology, by site, pool and role (the planner's Topology page draws it):"),
    {
      kind: "tree",
      items: d.sites.map((site) => ({
        text: `Site ${site.name} (${site.kind})`,
        children: [
          ...d.pools
            .filter((x) => x.site === site.name)
            .map((pool) => ({
              text: `Pool ${pool.name} (${pool.kind})${pool.backEnd ? `, back end ${pool.backEnd}` : ""}`,
              children: d.servers
                .filter((s) => s.pool === pool.name)
                .map((s) => ({ text: `${s.fqdn}: ${s.roles.map((r) => ROLE_LABELS[r]).join(", ")}`, children: [] })),
            })),
          ...d.servers
            .filter((s) => s.site === site.name && !s.pool)
            .map((s) => ({ text: `${s.fqdn}: ${s.roles.map((r) => ROLE_LABELS[r]).join(", ")}`, children: [] })),
        ],
      })),
    },
  ];
}

function inventory(ctx: Ctx): IscpBlock[] {
  return [
    table(
      ["Server", "Site", "Pool", "Roles", "Spare hardware"],
      ctx.d.servers.map((s) => [
        s.fqdn,
        s.site,
        s.pool ?? dash,
        s.roles.map((r) => ROLE_LABELS[r]).join(", "),
        s.spareHardware ? "yes" : "no",
      ]),
    ),
    p(
      "Software: Office Communications Server 2007 R2 (extended support ended 2018-01-09; no security updates since). Keep the installation media, service packs and hotfixes at the exact patch level with the backups.",
    ),
    todo(
      "Operating system and SQL Server versions and their end of support appear here once they are recorded per server (Extension 2 platform fields).",
    ),
  ];
}

function interconnections(ctx: Ctx): IscpBlock[] {
  const d = ctx.d;
  const rows: string[][] = [];
  for (const s of d.servers.filter((x) => x.roles.includes("mediation")))
    rows.push([s.fqdn, "PSTN gateway (through the Mediation Server)", "Enterprise Voice"]);
  if (d.servers.some((x) => x.roles.includes("access-edge")))
    rows.push(["Access Edge", "Federation and public IM partners", "Remote access and federation"]);
  if (d.dependencies.reverseProxy)
    rows.push([d.dependencies.reverseProxy.fqdn, "Reverse proxy (web components from outside)", "Remote access and federation"]);
  if (rows.length === 0)
    return [todo("No interconnections are modelled (PSTN gateways, federation, Exchange Unified Messaging, reverse proxy).")];
  return [
    table(["System", "Connection", "Workload"], rows),
    todo("Exchange Unified Messaging and the partners' names are not modelled; add them here by hand if used."),
  ];
}

function testSchedule(ctx: Ctx): IscpBlock[] {
  const ex = ctx.input.exercises;
  if (!ex)
    return [
      p("The plan is exercised at least yearly and reviewed after every significant change."),
      todo(
        "The exercise programme is kept in the planner (Exercises page); the command line cannot read it. Print this document from the planner to include it.",
      ),
    ];
  return [
    p(
      `Every runbook is exercised within ${ex.intervalDays} days; the plan is reviewed at least yearly and after every significant change.`,
    ),
    table(
      ["Step", "Date due", "Responsible party", "Date scheduled", "Date held"],
      ex.rows.map((r) => [
        `Exercise: ${r.title}`,
        r.dueOn,
        nameList(holders(ctx, "recovery-coordinator")) || "recovery coordinator (not named)",
        "",
        r.last ? `${day(r.last.at)} (${r.last.label})` : "never",
      ]),
    ),
  ];
}

function associatedPlans(ctx: Ctx): IscpBlock[] {
  return [
    list([
      `The backup plan of ${ctx.d.name} and its job pack (the planner's Backup plan page).`,
      "Active Directory's own backup and recovery procedures (this plan restores OCS's part of it).",
    ]),
    todo(
      "Name the organisation's other plans this one depends on (business continuity plan, disaster recovery plan, incident response plan).",
    ),
  ];
}

function bia(ctx: Ctx): IscpBlock[] {
  const rows = ctx.input.plan.bia;
  if (rows.length === 0) return [todo("No workloads are ranked: rank them with their targets, MTD and WRT under Model → Priorities.")];
  const blocks: IscpBlock[] = [
    p(
      "Per ranked workload: its recovery time target, the plan's worst-case estimate, the work recovery time (WRT) and the maximum tolerable downtime (MTD; ISO 22301's MTPD). NIST asks that recovery plus reprocessing stays within the MTD; splitting it as estimate + WRT <= MTD is an industry convention, not NIST's text. The recovery point (RPO) is not part of the MTD.",
    ),
    table(
      ["Workload", "Rank", "RTO target", "Estimate", "WRT", "MTD", "Within MTD"],
      rows.map((r) => [
        WORKLOAD_LABELS[r.workload],
        String(r.rank ?? ""),
        hours(r.rtoTargetHours),
        r.estimatedHours === null ? dash : hours(r.estimatedHours),
        r.wrtHours === null ? dash : hours(r.wrtHours),
        r.mtdHours === null ? "not stated" : hours(r.mtdHours),
        r.meetsMtd === null ? dash : r.meetsMtd ? "yes" : "NO",
      ]),
    ),
  ];
  const missing = rows.filter((r) => r.mtdHours === null);
  if (missing.length)
    blocks.push(
      todo(`No MTD for ${missing.map((r) => WORKLOAD_LABELS[r.workload]).join(", ")}: add it (and the WRT) under Model → Priorities.`),
    );
  const over = rows.filter((r) => r.meetsMtd === false);
  if (over.length)
    blocks.push(
      todo(
        `Beyond the MTD: ${over.map((r) => WORKLOAD_LABELS[r.workload]).join(", ")}. The gaps list names the change that shortens each most; where the MTD cannot move, record an action with an owner and a date.`,
      ),
    );
  return blocks;
}

function changePage(ctx: Ctx): IscpBlock[] {
  if (ctx.versions.length === 0) return [todo("No plan version has been approved yet: approve one on the Versions page.")];
  return [
    table(
      ["Page", "Change comment", "Date", "Signature"],
      ctx.versions.map((v) => [
        `Version ${v.number} (deployment version ${v.deploymentVersion})`,
        v.note || dash,
        day(v.approvedAt),
        v.approvedBy,
      ]),
    ),
  ];
}

const FILL: Record<IscpKey, (ctx: Ctx) => IscpBlock[]> = {
  approval,
  introduction: () => [],
  background: (ctx) => [
    p(
      `This Information System Contingency Plan (ISCP) follows NIST SP 800-34 Rev. 1's ${ctx.level}-impact template${ctx.d.priorities.availabilityImpact ? "" : " (no availability impact is recorded; the moderate template is used)"}. It says how the ${ctx.d.name} deployment of Office Communications Server 2007 R2 is recovered after a loss: who decides, who is called, in what order servers are restored, and how the service is handed back. It is generated from the planner's model of the deployment and its backup plan, so its numbers are that plan's numbers.`,
    ),
    ...(ctx.d.priorities.availabilityImpact
      ? []
      : [todo("Record the availability impact (low, moderate, high) under Model → Priorities.")]),
  ],
  scope,
  assumptions,
  concept: () => [],
  "system-description": systemDescription,
  "three-phases": () => [list(PHASES_TEXT)],
  roles,
  activation: () => [],
  "activation-criteria": activation,
  notification,
  "outage-assessment": () => [
    p("The first team on site fills in this form and gives it to the ISCP director before activation:"),
    table(
      ["Item", "Assessment"],
      OUTAGE_FIELDS.map((f) => [f, ""]),
    ),
  ],
  recovery: () => [],
  sequence,
  procedures,
  escalation,
  reconstitution,
  "concurrent-processing": concurrentProcessing,
  "validation-data": validationData,
  "validation-functionality": validationFunctionality,
  "recovery-declaration": declaration,
  "user-notifications": userNotifications,
  cleanup,
  "offsite-storage": (ctx) => destinations(ctx),
  "data-backup": dataBackup,
  "event-documentation": eventDocumentation,
  deactivation,
  "app-contacts": contactList,
  "app-vendors": vendorList,
  "app-procedures": detailedProcedures,
  "app-alternate-processing": alternateProcessing,
  "app-validation-test-plan": validationTestPlan,
  "app-alternate-storage": alternateStorage,
  "app-diagrams": diagrams,
  "app-inventory": inventory,
  "app-interconnections": interconnections,
  "app-test-schedule": testSchedule,
  "app-associated-plans": associatedPlans,
  "app-bia": bia,
  "app-change-page": changePage,
};
