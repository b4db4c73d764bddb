// Rule S7 (chapter table 17-1): which settings levels each kind of loss needs restored.
import type { LossKind, SettingsLevel } from "../../formats/plan";

export interface LossLevelsRow {
  kind: LossKind;
  levels: readonly SettingsLevel[];
  /** What the loss covers, in the plan's words. */
  covers: string;
  rules: readonly string[];
}

export const LOSS_LEVELS: readonly LossLevelsRow[] = [
  {
    kind: "server",
    levels: ["machine"],
    covers: "one front end, Director, Web Components, conferencing, Archiving, Monitoring, Mediation, forwarding proxy or Edge server",
    rules: ["S7"],
  },
  { kind: "pool", levels: ["pool", "machine"], covers: "a whole Enterprise pool: its servers and its back end", rules: ["S7"] },
  { kind: "back-end", levels: ["pool", "machine"], covers: "the back-end SQL Server of an Enterprise pool", rules: ["S7"] },
  { kind: "standard-edition", levels: ["pool", "machine"], covers: "a Standard Edition server", rules: ["S7"] },
  { kind: "active-directory", levels: ["global", "pool", "machine"], covers: "Active Directory Domain Services", rules: ["S7"] },
  { kind: "site", levels: ["global", "pool", "machine"], covers: "every server at a site, with its domain controllers", rules: ["S7"] },
];

const BY_KIND = new Map(LOSS_LEVELS.map((r) => [r.kind, r]));

export const restoreLevelsFor = (kind: LossKind): SettingsLevel[] => [...BY_KIND.get(kind)!.levels];
export const lossLevelsRow = (kind: LossKind): LossLevelsRow => BY_KIND.get(kind)!;
