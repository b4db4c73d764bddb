// Rules D1-D5 (chapter tables 17-4 and 17-7) as data: per database, whether it is backed up, with
// which tool on each edition, and why not when it is not.
import type { DatabaseName, Role } from "../../formats/enums";

export type Edition = "standard" | "enterprise";

export const SQL_TOOLS: Record<Edition, string> = {
  standard: "SQL Server Management Studio Express (SQL Server 2005 Express Edition)",
  enterprise: "SQL Server Management Studio (SQL Server 2005/2008)",
};

export interface DatabaseRule {
  database: DatabaseName;
  /** What it holds: shown beside its backup (plan databaseBackups[].holds). */
  holds: string;
  backUp: boolean;
  /** Why the database is not backed up (D2, D3). */
  reason?: string;
  rules: readonly string[];
}

export const DATABASE_RULES: readonly DatabaseRule[] = [
  {
    database: "RTC",
    holds: "persistent user data: contact lists, allow and block lists, home pool, scheduled conferences",
    backUp: true,
    rules: ["D1", "D5"],
  },
  {
    database: "RTCConfig",
    holds: "global, pool and machine settings",
    backUp: false,
    reason: "not backed up: importing the LCSCmd settings exports rebuilds it",
    rules: ["D2"],
  },
  {
    database: "RTCDyn",
    holds: "transient data: endpoints, subscriptions, conference state",
    backUp: false,
    reason: "not backed up: transient data that the servers recreate",
    rules: ["D3"],
  },
  {
    database: "LCSLog",
    holds: "archived IM and conferencing content (Archiving Server)",
    backUp: true,
    rules: ["D4", "D5"],
  },
  {
    database: "RTCCDR",
    holds: "call detail records (Monitoring Server)",
    backUp: true,
    rules: ["D4", "D5"],
  },
  {
    database: "QoEMetrics",
    holds: "quality of experience data (Monitoring Server)",
    backUp: true,
    rules: ["D4", "D5"],
  },
];

const BY_NAME = new Map(DATABASE_RULES.map((r) => [r.database, r]));
export const databaseRule = (name: DatabaseName): DatabaseRule => BY_NAME.get(name)!;

/** The edition of a database host decides the SQL tool (D1): a Standard Edition server runs SQL Express. */
export const editionOfHost = (hostRoles: readonly Role[] | undefined): Edition =>
  hostRoles?.includes("standard-edition") ? "standard" : "enterprise";

export const sqlToolFor = (hostRoles: readonly Role[] | undefined): string => SQL_TOOLS[editionOfHost(hostRoles)];

/** D5: only full backups are supported; a nightly full backup is the usual practice. */
export const RECOMMENDED_DATABASE_FREQUENCY_HOURS = 24;
