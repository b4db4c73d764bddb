// The successor's backup commands, each mapped from the items of this plan it replaces (rule M1,
// facts 5.1, 5.2 and 9.5): LCSCmd exports -> Export-CsConfiguration, the RTC database and DBImpExp ->
// Export-CsUserData, location data -> Export-CsLisConfiguration, response groups ->
// Export-CsRgsConfiguration, SQL backups of archiving and monitoring, the file store.
import type { Deployment } from "../../formats/deployment";
import type { ShareContent } from "../../formats/enums";
import type { SuccessorBackup, SuccessorNotBackedUp } from "../../formats/plan-successor";
import type { Plan } from "../plan";
import { commandPoolName, successorPoolFqdn } from "./migration";
import { SOURCES } from "./targets";

type Row = Omit<SuccessorBackup, "rules">;

interface Ref {
  ref: string;
  what: string;
}

const FILE_STORE_CONTENTS: readonly ShareContent[] = ["meeting-content", "meeting-metadata", "normalization-rules"];

export function successorBackups(d: Deployment, plan: Plan): { backup: SuccessorBackup[]; notBackedUp: SuccessorNotBackedUp[] } {
  const settings: Ref[] = plan.settingsExports.map((e, i) => ({
    ref: `settingsExports/${i}`,
    what: `LCSCmd ${e.levels.join("+")} export on ${e.server}`,
  }));
  const databases = (name: string): Ref[] =>
    plan.databaseBackups.flatMap((b, i) =>
      b.database === name ? [{ ref: `databaseBackups/${i}`, what: `${b.database} on ${b.server}` }] : [],
    );
  const shares = (contents: readonly ShareContent[]): Ref[] =>
    plan.fileShareBackups.flatMap((s, i) =>
      contents.includes(s.content) ? [{ ref: `fileShareBackups/${i}`, what: `${s.content} at ${s.path}` }] : [],
    );
  const row = (r: Omit<Row, "from" | "replaces">, refs: Ref[]): Row => ({
    ...r,
    from: refs.map((x) => x.ref),
    replaces: refs.map((x) => x.what),
  });

  const rows: Row[] = [
    row(
      {
        title: "Central Management Store: topology, policies and settings",
        command: "Export-CsConfiguration -FileName <backup>\\CsConfiguration.zip",
        note: "One export replaces LCSCmd's global, pool and machine levels; run it after every change. Edge servers are seeded from it once (-LocalStore).",
        basis: "documented",
        source: SOURCES.backupCmdlets,
      },
      [...settings, ...databases("RTCConfig")],
    ),
  ];
  for (const pool of d.pools) {
    const home =
      pool.kind === "standard" ? d.servers.find((s) => s.pool === pool.name && s.roles.includes("standard-edition"))?.fqdn : pool.backEnd;
    const rtc = plan.databaseBackups.flatMap((b, i) =>
      b.database === "RTC" && b.server === home ? [{ ref: `databaseBackups/${i}`, what: `RTC on ${b.server} (and DBImpExp)` }] : [],
    );
    rows.push(
      row(
        {
          title: `User data of the successor of ${pool.name}: contacts, permissions, scheduled conferences`,
          command: `Export-CsUserData -PoolFqdn ${successorPoolFqdn(d, pool.name)} -FileName <backup>\\${commandPoolName(d, pool.name)}-UserData.zip`,
          note: "New in Lync Server 2013; replaces DBImpExp and the SQL backup of RTC for user data.",
          basis: "documented",
          source: SOURCES.backupCmdlets,
        },
        rtc,
      ),
    );
  }
  rows.push(
    row(
      {
        title: "Location (E9-1-1) data",
        command: "Export-CsLisConfiguration -FileName <backup>\\CsLisConfiguration.zip",
        note: "No item of this plan holds location data (the deployment file records no location database); export it once the successor has locations.",
        basis: "documented",
        source: SOURCES.backupCmdlets,
      },
      [],
    ),
  );
  for (const pool of d.pools)
    rows.push(
      row(
        {
          title: `Response groups of the successor of ${pool.name}`,
          command: `Export-CsRgsConfiguration -Source ApplicationServer:${successorPoolFqdn(d, pool.name)} -FileName <backup>\\${commandPoolName(d, pool.name)}-Rgs.zip`,
          note: "The deployment file does not record response groups; needed where the successor pool runs any.",
          basis: "documented",
          source: SOURCES.backupCmdlets,
        },
        [],
      ),
    );
  const sqlBackup = (database: string, from: string, title: string) =>
    row(
      {
        title,
        command: `BACKUP DATABASE [${database}] TO DISK = N'<backup>\\${database}.bak' WITH CHECKSUM`,
        note: "A SQL Server backup, restored with SQL Server Management Studio.",
        basis: "documented",
        source: SOURCES.backupCmdlets,
      },
      databases(from),
    );
  const has = (role: "archiving" | "monitoring") => d.servers.some((s) => s.roles.includes(role));
  if (has("archiving") || databases("LCSLog").length > 0) rows.push(sqlBackup("LcsLog", "LCSLog", "Archiving database (LcsLog)"));
  if (has("monitoring") || databases("RTCCDR").length > 0)
    rows.push(sqlBackup("LcsCDR", "RTCCDR", "Monitoring: call detail records (LcsCDR)"));
  if (has("monitoring") || databases("QoEMetrics").length > 0)
    rows.push(sqlBackup("QoEMetrics", "QoEMetrics", "Monitoring: quality of experience (QoEMetrics)"));
  rows.push(
    row(
      {
        title: "File store: meeting content and the Address Book normalization rules",
        command: "robocopy <file store share> <backup>\\FileStore /E /XF Meeting.Active",
        note: "Any file copy will do; skip the in-use Meeting.Active files. The robocopy switches are the planner's.",
        basis: "inferred",
        source: SOURCES.backupCmdlets,
      },
      shares(FILE_STORE_CONTENTS),
    ),
  );
  const compliance = shares(["compliance-log"]);
  if (compliance.length > 0)
    rows.push(
      row(
        {
          title: "Compliance log share",
          command: "robocopy <compliance log share> <backup>\\ComplianceLog /E",
          note: "The sources name no successor counterpart; keep copying this share for as long as the retention rules ask.",
          basis: "inferred",
          source: SOURCES.planner,
        },
        compliance,
      ),
    );
  const left = (title: string, reason: string, refs: Ref[]): SuccessorNotBackedUp => ({
    title,
    from: refs.map((x) => x.ref),
    replaces: refs.map((x) => x.what),
    reason,
    basis: "documented",
    source: SOURCES.backupCmdlets,
    rules: ["M1"],
  });
  return {
    backup: rows.map((r) => ({ ...r, rules: ["M1"] })),
    notBackedUp: [
      left("Transient data (RtcDyn)", "Not backed up on purpose, as this plan does with RTCDyn.", databases("RTCDyn")),
      left("Address Book files", "Not backed up on purpose: regenerated from Active Directory, as today.", shares(["address-book"])),
    ],
  };
}
