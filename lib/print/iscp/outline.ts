// The headings of NIST SP 800-34 Rev. 1's ISCP templates (Appendix A.1 low, A.2 moderate, A.3 high
// impact; facts 9.1), numbers and titles exactly as the templates have them. Section 5 and the
// appendix letters follow the level: the low template has no Concurrent Processing and no Offsite
// Data Storage, and no appendix F (G-M move one letter down); the moderate one has no Concurrent
// Processing. Each heading has a stable key the document builder fills.
import type { AvailabilityImpact } from "../../formats/extension-2-people";

export type IscpKey =
  | "approval"
  | "introduction"
  | "background"
  | "scope"
  | "assumptions"
  | "concept"
  | "system-description"
  | "three-phases"
  | "roles"
  | "activation"
  | "activation-criteria"
  | "notification"
  | "outage-assessment"
  | "recovery"
  | "sequence"
  | "procedures"
  | "escalation"
  | "reconstitution"
  | "concurrent-processing"
  | "validation-data"
  | "validation-functionality"
  | "recovery-declaration"
  | "user-notifications"
  | "cleanup"
  | "offsite-storage"
  | "data-backup"
  | "event-documentation"
  | "deactivation"
  | "app-contacts"
  | "app-vendors"
  | "app-procedures"
  | "app-alternate-processing"
  | "app-validation-test-plan"
  | "app-alternate-storage"
  | "app-diagrams"
  | "app-inventory"
  | "app-interconnections"
  | "app-test-schedule"
  | "app-associated-plans"
  | "app-bia"
  | "app-change-page";

export interface OutlineEntry {
  key: IscpKey;
  /** "1", "1.2", "Appendix A"; empty for Plan Approval. */
  number: string;
  title: string;
  /** 1 for the numbered sections, Plan Approval and the appendices; 2 for their subsections. */
  level: 1 | 2;
}

const RECONSTITUTION: { key: IscpKey; title: string; levels: readonly AvailabilityImpact[] }[] = [
  { key: "concurrent-processing", title: "Concurrent Processing", levels: ["high"] },
  { key: "validation-data", title: "Validation Data Testing", levels: ["low", "moderate", "high"] },
  { key: "validation-functionality", title: "Validation Functionality Testing", levels: ["low", "moderate", "high"] },
  { key: "recovery-declaration", title: "Recovery Declaration", levels: ["low", "moderate", "high"] },
  { key: "user-notifications", title: "Notifications (users)", levels: ["low", "moderate", "high"] },
  { key: "cleanup", title: "Cleanup", levels: ["low", "moderate", "high"] },
  { key: "offsite-storage", title: "Offsite Data Storage", levels: ["moderate", "high"] },
  { key: "data-backup", title: "Data Backup", levels: ["low", "moderate", "high"] },
  { key: "event-documentation", title: "Event Documentation", levels: ["low", "moderate", "high"] },
  { key: "deactivation", title: "Deactivation", levels: ["low", "moderate", "high"] },
];

const APPENDICES: { key: IscpKey; title: string; levels: readonly AvailabilityImpact[] }[] = [
  { key: "app-contacts", title: "Personnel Contact List", levels: ["low", "moderate", "high"] },
  { key: "app-vendors", title: "Vendor Contact List", levels: ["low", "moderate", "high"] },
  { key: "app-procedures", title: "Detailed Recovery Procedures", levels: ["low", "moderate", "high"] },
  { key: "app-alternate-processing", title: "Alternate Processing Procedures", levels: ["low", "moderate", "high"] },
  { key: "app-validation-test-plan", title: "System Validation Test Plan", levels: ["low", "moderate", "high"] },
  { key: "app-alternate-storage", title: "Alternate Storage, Site, and Telecommunications", levels: ["moderate", "high"] },
  { key: "app-diagrams", title: "Diagrams", levels: ["low", "moderate", "high"] },
  { key: "app-inventory", title: "Hardware and Software Inventory", levels: ["low", "moderate", "high"] },
  { key: "app-interconnections", title: "Interconnections Table", levels: ["low", "moderate", "high"] },
  { key: "app-test-schedule", title: "Test and Maintenance Schedule", levels: ["low", "moderate", "high"] },
  { key: "app-associated-plans", title: "Associated Plans and Procedures", levels: ["low", "moderate", "high"] },
  { key: "app-bia", title: "Business Impact Analysis", levels: ["low", "moderate", "high"] },
  { key: "app-change-page", title: "Document Change Page", levels: ["low", "moderate", "high"] },
];

export function iscpOutline(level: AvailabilityImpact): OutlineEntry[] {
  const s = (key: IscpKey, number: string, title: string): OutlineEntry => ({ key, number, title, level: number.includes(".") ? 2 : 1 });
  const out: OutlineEntry[] = [
    s("approval", "", "Plan Approval"),
    s("introduction", "1", "Introduction"),
    s("background", "1.1", "Background"),
    s("scope", "1.2", "Scope"),
    s("assumptions", "1.3", "Assumptions"),
    s("concept", "2", "Concept of Operations"),
    s("system-description", "2.1", "System Description"),
    s("three-phases", "2.2", "Overview of Three Phases"),
    s("roles", "2.3", "Roles and Responsibilities"),
    s("activation", "3", "Activation and Notification"),
    s("activation-criteria", "3.1", "Activation Criteria and Procedure"),
    s("notification", "3.2", "Notification"),
    s("outage-assessment", "3.3", "Outage Assessment"),
    s("recovery", "4", "Recovery"),
    s("sequence", "4.1", "Sequence of Recovery Activities"),
    s("procedures", "4.2", "Recovery Procedures"),
    s("escalation", "4.3", "Recovery Escalation Notices/Awareness"),
    s("reconstitution", "5", "Reconstitution"),
  ];
  RECONSTITUTION.filter((r) => r.levels.includes(level)).forEach((r, i) => out.push(s(r.key, `5.${i + 1}`, r.title)));
  APPENDICES.filter((a) => a.levels.includes(level)).forEach((a, i) =>
    out.push({ key: a.key, number: `Appendix ${String.fromCharCode(65 + i)}`, title: a.title, level: 1 }),
  );
  return out;
}

/** The heading as printed: "1.2 Scope", "Appendix A: Personnel Contact List", "Plan Approval". */
export const headingText = (e: Pick<OutlineEntry, "number" | "title">): string =>
  !e.number ? e.title : e.number.startsWith("Appendix") ? `${e.number}: ${e.title}` : `${e.number} ${e.title}`;

/** The letter (or number) the outline gives a key at this level, for cross-references ("see Appendix C"). */
export const numberOf = (level: AvailabilityImpact, key: IscpKey): string => iscpOutline(level).find((e) => e.key === key)?.number ?? "";
