// L1-L3: the legacy platform (facts 9.4). Which products the deployment runs, when their support ended
// and on which servers (L1); SQL Server 2005 Express databases near the 4 GB cap (L2); servers whose
// exact patch level is not recorded (L3). Pure.
import type { Deployment, Server } from "../../formats/deployment";
import type { EvidenceRun } from "../../formats/evidence";
import type { LifecycleRow } from "../../formats/plan-register";
import { dateMs } from "../../formats/extension-2-prerequisites";
import { SQL_INSTANCE_ROLES } from "../../formats/enums";

const YEAR_MS = 365.25 * 86_400_000;

interface Product {
  key: string;
  product: string;
  supportEndedOn: string;
  runsOn: (s: Server) => boolean;
  note?: string;
  servicePacks?: { servicePack: number; supportEndedOn: string }[];
}

/** SQL Server 2005 Express: a Standard Edition server's own instance when `sql` is not recorded (deployment format). */
export const sqlOf = (s: Server) =>
  s.sql ?? (s.roles.includes("standard-edition") ? { version: "2005" as const, edition: "express" as const } : undefined);

export const PRODUCTS: readonly Product[] = [
  {
    key: "ocs-2007-r2",
    product: "Office Communications Server 2007 R2",
    supportEndedOn: "2018-01-09",
    runsOn: (s) => s.roles.some((r) => r !== "back-end-sql"),
  },
  {
    key: "windows-server-2003",
    product: "Windows Server 2003 and 2003 R2",
    supportEndedOn: "2015-07-14",
    runsOn: (s) => s.os === "windows-server-2003" || s.os === "windows-server-2003-r2",
  },
  {
    key: "windows-server-2008",
    product: "Windows Server 2008",
    supportEndedOn: "2020-01-14",
    runsOn: (s) => s.os === "windows-server-2008",
  },
  {
    key: "windows-server-2008-r2",
    product: "Windows Server 2008 R2",
    supportEndedOn: "2020-01-14",
    runsOn: (s) => s.os === "windows-server-2008-r2",
    note: "the date is Windows Server 2008's; the sources give none for 2008 R2 on its own (inferred)",
  },
  {
    key: "sql-server-2005",
    product: "SQL Server 2005",
    supportEndedOn: "2016-04-12",
    runsOn: (s) => sqlOf(s)?.version === "2005",
    servicePacks: [
      { servicePack: 2, supportEndedOn: "2010-01-12" },
      { servicePack: 3, supportEndedOn: "2012-01-10" },
    ],
  },
  { key: "sql-server-2008", product: "SQL Server 2008", supportEndedOn: "2019-07-09", runsOn: (s) => sqlOf(s)?.version === "2008" },
  {
    key: "sql-server-2008-r2",
    product: "SQL Server 2008 R2",
    supportEndedOn: "2019-07-09",
    runsOn: (s) => sqlOf(s)?.version === "2008-r2",
    note: "the date is SQL Server 2008's; the sources give none for 2008 R2 on its own (inferred)",
  },
];

export interface LifecycleEntry extends LifecycleRow {
  key: string;
}

/** One row per product the deployment runs (L1), in the table's order. */
export function lifecycleRows(d: Deployment, asOfMs: number | null): LifecycleEntry[] {
  return PRODUCTS.flatMap((p) => {
    const servers = d.servers.filter(p.runsOn);
    if (servers.length === 0) return [];
    const ended = dateMs(p.supportEndedOn)!;
    const servicePacks = (p.servicePacks ?? [])
      .map((sp) => ({ ...sp, servers: servers.filter((s) => s.sql?.servicePack === sp.servicePack).map((s) => s.fqdn) }))
      .filter((sp) => sp.servers.length > 0);
    return [
      {
        key: p.key,
        product: p.product,
        supportEndedOn: p.supportEndedOn,
        servers: servers.map((s) => s.fqdn),
        yearsSince: asOfMs === null ? null : Math.round(((asOfMs - ended) / YEAR_MS) * 10) / 10,
        ...(servicePacks.length > 0 ? { servicePacks } : {}),
        ...(p.note ? { note: p.note } : {}),
        rules: ["L1"],
      },
    ];
  });
}

// ---- L2: SQL Server 2005 Express's 4 GB cap per database --------------------------------------

export const EXPRESS_CAP_GB = 4;
export const EXPRESS_WARNING_GB = 3;
export const EXPRESS_CRITICAL_GB = 3.6;
const GIB = 1024 ** 3;

export interface ExpressDatabase {
  server: string;
  database: string;
  sizeGb: number;
  source: "deployment" | "evidence";
  /** When the evidence measured it (ISO), for an evidence size. */
  measuredAt?: string;
}

/**
 * The databases on SQL Server 2005 Express instances with their size: from the latest good backup in
 * the evidence (what the job really wrote) when there is one, else the deployment file's size.
 */
export function expressDatabases(d: Deployment, runs: readonly EvidenceRun[] = [], asOfMs: number | null = null): ExpressDatabase[] {
  const express = new Set(d.servers.filter((s) => sqlOf(s)?.version === "2005" && sqlOf(s)?.edition === "express").map((s) => s.fqdn));
  return (d.databases ?? [])
    .filter((b) => express.has(b.server))
    .map((b) => {
      const latest = runs
        .filter(
          (r) =>
            r.kind === "database" &&
            r.server === b.server &&
            r.item.toLowerCase() === b.name.toLowerCase() &&
            r.result === "ok" &&
            r.sizeBytes !== null &&
            (asOfMs === null || r.finishedAtMs <= asOfMs),
        )
        .reduce<EvidenceRun | undefined>((a, r) => (!a || r.finishedAtMs > a.finishedAtMs ? r : a), undefined);
      return latest
        ? {
            server: b.server,
            database: b.name,
            sizeGb: Math.round((latest.sizeBytes! / GIB) * 100) / 100,
            source: "evidence" as const,
            measuredAt: new Date(latest.finishedAtMs).toISOString(),
          }
        : { server: b.server, database: b.name, sizeGb: b.sizeGb, source: "deployment" as const };
    });
}

// ---- L3: the exact patch level of every server -------------------------------------------------

/** Servers whose operating system, or (where OCS databases are) SQL Server with its service pack, is not recorded. */
export function unrecordedPlatform(d: Deployment): { server: string; missing: string[] }[] {
  return d.servers.flatMap((s) => {
    const missing: string[] = [];
    if (!s.os) missing.push("operating system");
    if (s.roles.some((r) => SQL_INSTANCE_ROLES.includes(r))) {
      if (!s.sql) missing.push("SQL Server version and service pack");
      else if (s.sql.servicePack === undefined) missing.push("SQL Server service pack");
    }
    return missing.length > 0 ? [{ server: s.fqdn, missing }] : [];
  });
}
