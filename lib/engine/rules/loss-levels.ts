// Rule S7 (chapter table 17-1): which settings levels each kind of loss needs restored.
//   server           one front end, Director, Web Components, conferencing, Archiving, Monitoring,
//                    Mediation, forwarding proxy or Edge server
//   pool             a whole Enterprise pool: its servers and its back end
//   back-end         the back-end SQL Server of an Enterprise pool
//   standard-edition a Standard Edition server
//   active-directory Active Directory Domain Services
//   site             every server at a site, with its domain controllers
import type { LossKind, SettingsLevel } from "../../formats/plan";

export interface LossLevelsRow {
  kind: LossKind;
  levels: readonly SettingsLevel[];
  rules: readonly string[];
}

export const LOSS_LEVELS: readonly LossLevelsRow[] = [
  { kind: "server", levels: ["machine"], rules: ["S7"] },
  { kind: "pool", levels: ["pool", "machine"], rules: ["S7"] },
  { kind: "back-end", levels: ["pool", "machine"], rules: ["S7"] },
  { kind: "standard-edition", levels: ["pool", "machine"], rules: ["S7"] },
  { kind: "active-directory", levels: ["global", "pool", "machine"], rules: ["S7"] },
  { kind: "site", levels: ["global", "pool", "machine"], rules: ["S7"] },
];

const BY_KIND = new Map(LOSS_LEVELS.map((r) => [r.kind, r]));

export const restoreLevelsFor = (kind: LossKind): SettingsLevel[] => [...BY_KIND.get(kind)!.levels];
