// The organisation's gaps (rules P7, P8): who may activate the plan and who stands in, the NIST roles
// without an alternate, people without an out-of-hours number, no hardware vendor while servers have
// no spare, and workloads whose estimate plus work recovery time exceeds their maximum tolerable
// downtime. A model without any contacts or vendors gets one info gap each (old files keep their
// verdict and score); once people are listed, what is missing among them is a warning.
import { WORKLOAD_LABELS } from "../../formats/enums";
import { CONTACT_ROLE_LABELS, type ContactRole } from "../../formats/extension-2-people";

export { CONTACT_ROLE_LABELS };
import { biaFor } from "../bia";
import { GENERIC_RTO_FIX } from "./recovery";
import type { GapContext, GapDraft, GapRule } from "./context";

/** The roles of NIST SP 800-34's template that each need an alternate (P7), in the template's order. */
export const P7_ROLES: readonly ContactRole[] = [
  "iscp-director",
  "iscp-coordinator",
  "system-owner",
  "recovery-coordinator",
  "technical-contact",
];

const WHERE_CONTACTS = "Model → People (contacts)";

function activationGaps(ctx: GapContext): GapDraft[] {
  const contacts = ctx.d.contacts ?? [];
  if (contacts.length === 0)
    return [
      {
        id: "no-contacts",
        subject: "contacts",
        severity: "info",
        message:
          "The plan names nobody: no activation authority, no roles, no call tree. The contingency plan document leaves its roles, notification and contact list empty.",
        fix: `Add the people under ${WHERE_CONTACTS}: the ISCP director (who activates the plan) with an alternate, the coordinator, system owner, recovery coordinator and technical contact, their numbers in and out of hours, and whom each calls.`,
      },
    ];
  const directors = contacts.filter((c) => c.roles.includes("iscp-director"));
  if (directors.length === 0)
    return [
      {
        id: "no-activation-authority",
        subject: "contacts",
        message: "No contact holds the ISCP director role: nobody has the authority to activate the plan, and the call tree has no start.",
        fix: `Give one contact the role iscp-director under ${WHERE_CONTACTS}, with an alternate as successor.`,
      },
    ];
  return directors
    .filter((c) => !c.alternate)
    .map((c) => ({
      id: `no-activation-successor:${c.name}`,
      subject: c.name,
      message: `${c.name} holds the authority to activate the plan but has no named successor: if they cannot be reached, nobody may activate it.`,
      fix: `Set ${c.name}'s alternate under ${WHERE_CONTACTS}.`,
    }));
}

function roleGaps(ctx: GapContext): GapDraft[] {
  const contacts = ctx.d.contacts ?? [];
  if (contacts.length === 0) return [];
  const out: GapDraft[] = [];
  for (const role of P7_ROLES) {
    if (role === "iscp-director") continue; // activationGaps covers the director
    const holders = contacts.filter((c) => c.roles.includes(role));
    const label = CONTACT_ROLE_LABELS[role];
    if (holders.length === 0)
      out.push({
        id: `role-unfilled:${role}`,
        subject: label,
        message: `Nobody holds the ${label} role of the contingency plan.`,
        fix: `Give a contact the role ${role} under ${WHERE_CONTACTS}, with an alternate.`,
      });
    else if (!holders.some((c) => c.alternate))
      out.push({
        id: `role-without-alternate:${role}`,
        subject: label,
        message: `The ${label} (${holders.map((c) => c.name).join(", ")}) has no alternate: nobody stands in when they are away.`,
        fix: `Set an alternate for ${holders[0].name} under ${WHERE_CONTACTS}.`,
      });
  }
  return out;
}

function outOfHoursGaps(ctx: GapContext): GapDraft[] {
  return (ctx.d.contacts ?? [])
    .filter((c) => !c.mobile)
    .map((c) => ({
      id: `contact-no-out-of-hours:${c.name}`,
      subject: c.name,
      message: `${c.name} has no out-of-hours number: outside business hours the call tree cannot reach them.`,
      fix: `Add ${c.name}'s mobile number under ${WHERE_CONTACTS}.`,
    }));
}

function vendorGaps(ctx: GapContext): GapDraft[] {
  const vendors = ctx.d.vendors ?? [];
  const withoutSpare = ctx.d.servers.filter((s) => !s.spareHardware);
  if (withoutSpare.length === 0 || vendors.some((v) => v.supplies === "hardware")) return [];
  return [
    {
      id: "no-hardware-vendor",
      subject: "vendors",
      severity: vendors.length === 0 ? "info" : "warning",
      message: `${withoutSpare.length} server${withoutSpare.length === 1 ? " has" : "s have"} no spare, and no hardware vendor is listed: the plan cannot say whom to call for replacement hardware, or under which contract.`,
      fix: "Add the hardware vendor under Model → People (vendors) with its phone number, contract number and response time.",
    },
  ];
}

function mtdGaps(ctx: GapContext): GapDraft[] {
  return biaFor(ctx.d, ctx.scenarios)
    .filter((r) => r.meetsMtd === false)
    .map((r) => {
      const label = WORKLOAD_LABELS[r.workload];
      const total = Math.round(((r.estimatedHours ?? 0) + (r.wrtHours ?? 0)) * 100) / 100;
      const scenario = ctx.scenarios.find((x) => x.id === r.scenario);
      return {
        id: `mtd-exceeded:${r.workload}`,
        subject: label,
        message: `${label}: the estimated recovery (${r.estimatedHours} h, worst case ${scenario?.title ?? r.scenario}) plus the work recovery time (${r.wrtHours ?? 0} h) is ${total} h, beyond the maximum tolerable downtime of ${r.mtdHours} h.`,
        fix: `${GENERIC_RTO_FIX} If the MTD cannot move, record an action with an owner and a date.`,
      };
    });
}

export const PEOPLE_GAP_RULES: readonly GapRule[] = [
  { kind: "activation-authority", severity: "warning", rules: ["P7", "P6"], detect: activationGaps },
  { kind: "role-alternate", severity: "warning", rules: ["P7"], detect: roleGaps },
  { kind: "contact-no-out-of-hours", severity: "warning", rules: ["P7"], detect: outOfHoursGaps },
  { kind: "no-hardware-vendor", severity: "warning", rules: ["P7", "B8"], detect: vendorGaps },
  { kind: "mtd-exceeded", severity: "critical", rules: ["P8"], detect: mtdGaps },
];
