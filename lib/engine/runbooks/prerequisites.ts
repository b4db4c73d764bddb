// The register in the runbooks (rules S9-S11), for deployments that record prerequisites (certificates,
// DNS records or platform versions). A rebuilt OCS server's chain gets, after Setup and before its
// services start: its firewall ports opened (S11), then one step per certificate its roles need,
// "Install certificate <subject> from <key backup>", or, without a key backup, a request to the CA that
// waits the CA's lead time from the moment the loss is declared, then its installation (S9). DNS steps
// name the exact records (S10). A deployment without those fields keeps the generic certificate step.
import type { Deployment } from "../../formats/deployment";
import type { CertificateEntry } from "../../formats/extension-2-prerequisites";
import type { Workload } from "../../formats/enums";
import type { RunbookStep, Scenario } from "../../formats/plan";
import type { RegisterDns } from "../../formats/plan-register";
import type { Durations } from "../durations";
import type { RunbookBuilder } from "../runbook";
import type { ServerInfo } from "../topology";
import { certificateNeeds, type CertificateNeed } from "../register/certificates";
import { recordsPrerequisites } from "../register";
import { certificateUseLabel } from "../register/gaps";
import { portLabel, portsOfRole } from "../register/ports";

/** Opening a rebuilt server's firewall ports again (planning assumption, like a short hands-on action). */
const PORTS_MINUTES = 10;

interface ChainPlace {
  phase: string;
  server: string;
  /** The Setup (install and activate) step. */
  after: number;
  /** The moment the loss is declared: a certificate request can start then. */
  decide: number;
  workloads: readonly Workload[];
  lane: number;
}

/** A vendor of Extension 2 (people part) read loosely: this part of the planner does not own that field. */
function certificateAuthorityVendor(d: Deployment): { name: string; responseHours?: number } | undefined {
  const vendors = (d as { vendors?: unknown }).vendors;
  if (!Array.isArray(vendors)) return undefined;
  const v = vendors.find((x) => typeof x === "object" && x !== null && (x as { supplies?: unknown }).supplies === "certificate-authority");
  if (!v || typeof (v as { name?: unknown }).name !== "string") return undefined;
  const hours = (v as { responseHours?: unknown }).responseHours;
  return { name: (v as { name: string }).name, ...(typeof hours === "number" && hours >= 0 ? { responseHours: hours } : {}) };
}

/** The listed certificate that meets a need: the one that expires last. */
const listedFor = (d: Deployment, n: CertificateNeed): CertificateEntry | undefined =>
  (d.certificates ?? [])
    .filter((c) => c.server === n.server && c.use === n.use)
    .reduce<CertificateEntry | undefined>((a, c) => (!a || c.expires > a.expires ? c : a), undefined);

/** A public CA is needed where public IM connectivity and anonymous users reach the Edge (facts 9.3). */
const defaultIssuer = (n: CertificateNeed) =>
  n.use === "access-edge-external" || n.use === "web-conferencing-edge-external" ? "public" : "enterprise";

/** The ports line of a rebuilt server (S11), or null when its roles have none in the sources. */
export function portsLine(s: ServerInfo): string | null {
  const ports = s.server.roles.flatMap(portsOfRole);
  if (ports.length === 0) return null;
  const seen = new Set<string>();
  const labels = ports.filter((p) => !seen.has(portLabel(p)) && seen.add(portLabel(p))).map((p) => `${portLabel(p)} (${p.purpose})`);
  return labels.join(", ");
}

/**
 * The port and certificate steps of a rebuilt OCS server, after its Setup step; the index of the last one.
 * Null when the deployment records no prerequisites: the caller keeps its generic certificate step.
 */
export function addPrerequisiteSteps(rb: RunbookBuilder, d: Deployment, dur: Durations, s: ServerInfo, at: ChainPlace): number | null {
  if (!recordsPrerequisites(d)) return null;
  const needs = certificateNeeds(d).filter((n) => n.server === s.fqdn);
  const ports = portsLine(s);
  if (needs.length === 0 && ports === null) return null;
  const common = { phase: at.phase, server: at.server, workloads: at.workloads, lane: at.lane };
  let last = at.after;
  if (ports !== null)
    last = rb.add({
      ...common,
      title: `Open the firewall ports of ${s.fqdn}`,
      detail: `A rebuilt server has its firewall rules to set again (S11): ${ports}.${s.perimeter ? " Open them on the perimeter firewalls too, towards the internal servers and the internet as the Edge role needs." : ""}`,
      minutes: dur.work(PORTS_MINUTES),
      deps: [last],
      rules: ["S11"],
    });
  const installMinutes = needs.length > 0 ? dur.work(dur.a.certificateMinutes / needs.length) : 0;
  const vendor = certificateAuthorityVendor(d);
  for (const n of needs) {
    const c = listedFor(d, n);
    const label = certificateUseLabel(n.use);
    if (c?.keyBackup) {
      last = rb.add({
        ...common,
        title: `Install certificate ${c.subject} from ${c.keyBackup}`,
        detail: `The ${label} certificate (${c.issuer} CA, expires ${c.expires}${c.thumbprint ? `, thumbprint ${c.thumbprint}` : ""}): import the PFX with its private key into the computer's personal store, then assign it to the role in the OCS snap-in before the services start (S9).`,
        command: `certutil -importPFX "${c.keyBackup}"`,
        verify: true,
        minutes: installMinutes,
        assumption: "certificateMinutes",
        deps: [last],
        rules: ["S9"],
      });
      continue;
    }
    const subject = c?.subject ?? n.subject;
    const issuer = c?.issuer ?? defaultIssuer(n);
    const ca = issuer === "public" && vendor ? vendor.name : `the ${issuer} CA`;
    const leadMinutes =
      issuer === "public" && vendor?.responseHours !== undefined ? vendor.responseHours * 60 : dur.a.certificateReissueMinutes;
    const request = rb.add({
      ...common,
      title: `Re-issue certificate ${subject} from ${ca}`,
      detail: `${c ? `The ${label} certificate has no key backup` : `The model lists no ${label} certificate`}, so a new one must be issued${issuer === "public" && vendor?.responseHours !== undefined ? ` (${ca} answers within ${vendor.responseHours} h)` : ""}. Request it as soon as the loss is declared, with the same names${c?.san?.length ? ` (SAN ${c.san.join(", ")})` : ""} (S9).`,
      minutes: leadMinutes,
      assumption: issuer === "public" && vendor?.responseHours !== undefined ? undefined : "certificateReissueMinutes",
      deps: [at.decide],
      rules: ["S9"],
      waiting: true,
    });
    last = rb.add({
      ...common,
      title: `Install the re-issued certificate ${subject}`,
      detail: `Install the ${label} certificate from ${ca} with its private key, assign it to the role before the services start, and export it (PFX) to the key backup this time (S9).`,
      minutes: installMinutes,
      assumption: "certificateMinutes",
      deps: [last, request],
      rules: ["S9"],
    });
  }
  return last;
}

// ---- DNS steps name the exact records (S10) ---------------------------------------------------

const recordLine = (r: RegisterDns) =>
  `${r.name} ${r.type}${r.port ? ` ${r.port}` : ""} → ${r.status === "missing" ? `${r.target} (not in the model)` : (r.listedTarget ?? r.target)}`;

/**
 * Which records a DNS step is about, read from its own words (an Edge server's steps: the public ones);
 * null for a step that is not about DNS records.
 */
function recordsOfStep(step: RunbookStep, records: readonly RegisterDns[], edges: ReadonlySet<string>): RegisterDns[] | null {
  if (!/DNS records/.test(step.title) && !/DNS records/.test(step.detail ?? "")) return null;
  if (/external DNS/.test(step.title) || /external DNS/.test(step.detail ?? "") || (step.server !== undefined && edges.has(step.server)))
    return records.filter((r) => r.external);
  if (/SIP DNS/.test(step.title)) return records.filter((r) => r.type === "SRV");
  return records.filter((r) => !r.external);
}

/** The scenarios with the exact records named in the detail of every step that points or re-creates DNS records. */
export function withDnsRecordDetails(scenarios: readonly Scenario[], records: readonly RegisterDns[], d: Deployment): Scenario[] {
  const edges = new Set(d.servers.filter((s) => s.roles.some((r) => r.endsWith("-edge"))).map((s) => s.fqdn));
  return scenarios.map((sc) => {
    let changed = false;
    const steps = sc.steps.map((step) => {
      const named = recordsOfStep(step, records, edges);
      if (!named || named.length === 0) return step;
      changed = true;
      return { ...step, detail: `${step.detail ? `${step.detail} ` : ""}The records (S10): ${named.map(recordLine).join("; ")}.` };
    });
    return changed ? { ...sc, steps } : sc;
  });
}
