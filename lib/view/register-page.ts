// The register page of one deployment (rules S9-S11, L1-L3): the plan's register and lifecycle when the
// deployment records prerequisites, else the same computed here, so a deployment without certificates
// still shows every certificate and record its roles would need. Pure view data.
import type { Deployment } from "../formats/deployment";
import type { CertificateReading } from "../formats/evidence";
import type { Gap } from "../formats/plan";
import type { LifecycleRow, Register, RegisterCertificate } from "../formats/plan-register";
import type { Plan } from "../engine/plan";
import { prerequisitesOf, recordsPrerequisites } from "../engine/register";
import { certificateUseLabel } from "../engine/register/gaps";
import { portLabel } from "../engine/register/ports";
import { ROLE_LABELS, type Role } from "../formats/enums";

export const REGISTER_RULES = ["S9", "S10", "S11", "L1", "L2", "L3"];

export interface RegisterPage {
  /** Does the model record any prerequisite field? Without, the rows are what the roles need, all missing. */
  recorded: boolean;
  register: Register;
  lifecycle: LifecycleRow[];
  gaps: Gap[];
  counts: { certificates: number; attention: number; missing: number; dnsMissing: number };
  /** Ports grouped by role, labelled. */
  ports: { role: string; label: string; ports: { port: string; purpose: string }[] }[];
}

export const needsAttention = (c: RegisterCertificate) => c.status !== "ok" || c.problems.length > 0;

/**
 * The page's data. With evidence certificate rows (`readings`) the register is judged again with them, so
 * expiry dates come from the servers' stores and unknown thumbprints show as found.
 */
export function registerPage(plan: Plan, d: Deployment, asOfMs: number, readings: readonly CertificateReading[] = []): RegisterPage {
  const recorded = recordsPrerequisites(d) && plan.register !== undefined;
  const computed = recorded && readings.length === 0 ? null : prerequisitesOf(d, plan.scenarios, { asOfMs, certificates: readings });
  const register = computed?.register ?? plan.register!;
  const lifecycle = computed?.lifecycle ?? plan.lifecycle!;
  const gaps = computed?.gaps ?? plan.gaps.filter((g) => g.rules.some((r) => REGISTER_RULES.includes(r)));
  const roles = [...new Set(register.ports.map((p) => p.role))];
  return {
    recorded,
    register,
    lifecycle,
    gaps,
    counts: {
      certificates: register.certificates.length,
      attention: register.certificates.filter(needsAttention).length,
      missing: register.certificates.filter((c) => c.status === "missing").length,
      dnsMissing: register.dns.filter((r) => r.status !== "listed").length,
    },
    ports: roles.map((role) => ({
      role,
      label: ROLE_LABELS[role as Role] ?? role,
      ports: register.ports.filter((p) => p.role === role).map((p) => ({ port: portLabel(p), purpose: p.purpose })),
    })),
  };
}

export { certificateUseLabel };

/**
 * Certificates that expire before a date (the next scheduled exercise): listed ones with their expiry
 * on or before it, soonest first.
 */
export function certificatesExpiringBy(register: Register | undefined, dateIso: string): RegisterCertificate[] {
  if (!register) return [];
  return register.certificates
    .filter((c) => c.expires !== null && c.expires <= dateIso.slice(0, 10))
    .sort((a, b) => (a.expires! < b.expires! ? -1 : a.expires! > b.expires! ? 1 : 0));
}
