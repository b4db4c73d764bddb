// D1-D5, D10, B10: per SQL Server, the T-SQL that takes a full backup of every database the plan backs
// up (WITH CHECKSUM) to a date-stamped file under <destination>\databases\<server>\ and verifies it
// (RESTORE VERIFYONLY … WITH CHECKSUM); an Agent job that runs it on full SQL Server, or a batch file
// that Task Scheduler runs through sqlcmd on SQL Server 2005 Express, which has no Agent.
import { databaseFolder, sqlIdentifier, sqlLiteral, type BackupRoot } from "../engine/commands";
import { banner, closeRun, crlf, FAILED_SUBROUTINE, JOB_DIR, openRun, preamble, STAMP_SUBROUTINE } from "./batch";
import { agentSchedule, describeCadence } from "./cadence";
import type { DatabaseJob, JobPackModel } from "./jobs";

export const backupSqlFileName = (server: string) => `${server}-databases.sql`;
export const agentJobFileName = (server: string) => `${server}-agent-job.sql`;
export const expressCmdFileName = (server: string) => `${server}-databases.cmd`;
export const AGENT_JOB_NAME = "OCS backup - databases";

const rootOf = (m: JobPackModel): BackupRoot => ({ path: m.destination, placeholder: m.placeholder });

/** The P5 guard of a pack without a destination: the T-SQL stops before it writes or creates anything. */
const NOT_READY_SQL = [
  "-- P5 NOT READY: the model names no backup destination, so this T-SQL stops here without doing anything.",
  "RAISERROR(N'No backup destination is set for this job pack: set it in the planner and generate the pack again.', 16, 1);",
  "RETURN;",
];

/**
 * The backup T-SQL itself (also the Agent job step's command). SQL Server 2005 syntax: no DECLARE … = …, no +=.
 * No TRY/CATCH: inside CATCH, ERROR_MESSAGE() holds only the last message ("BACKUP DATABASE is terminating
 * abnormally") and the cause before it (e.g. "Operating system error 5") is lost. BACKUP and RESTORE errors end
 * the statement, not the batch, so without CATCH every message reaches sqlcmd's output or the Agent step's log,
 * @@ERROR tells the script what happened, and the next database is still backed up. One batch (no GO): sqlcmd -b
 * stops before a next batch, never inside this one.
 */
export function backupSql(m: JobPackModel, job: DatabaseJob): string[] {
  const folder = databaseFolder(rootOf(m), job.server);
  const lines = [
    "SET NOCOUNT ON;",
    ...(m.placeholder ? NOT_READY_SQL : []),
    "DECLARE @now datetime, @stamp nvarchar(15), @name nvarchar(200), @file nvarchar(400), @failures int, @error int;",
    "SET @now = GETDATE();",
    "-- yyyyMMdd-HHmmss, the same stamp the other jobs use, so names sort by time and retention keeps the newest.",
    "SET @stamp = CONVERT(nchar(8), @now, 112) + N'-' + REPLACE(CONVERT(nchar(8), @now, 108), N':', N'');",
    "SET @failures = 0;",
    "",
  ];
  for (const b of job.backUp) {
    lines.push(
      `-- ${b.rules.join(" ")} ${b.database}: full backup with page checksums, then verify the file (full backups only: D5).`,
      `SET @name = ${sqlLiteral(`${b.database}-`)} + @stamp + N'.bak';`,
      `SET @file = ${sqlLiteral(`${folder}\\`)} + @name;`,
      `BACKUP DATABASE ${sqlIdentifier(b.database)} TO DISK = @file WITH CHECKSUM, INIT, NAME = ${sqlLiteral(`${b.database} full backup (OCS job pack)`)};`,
      "SET @error = @@ERROR;",
      "IF @error = 0",
      "BEGIN",
      "  RESTORE VERIFYONLY FROM DISK = @file WITH CHECKSUM;",
      "  SET @error = @@ERROR;",
      "END;",
      "-- B10 P5 Retention counts this file as a good copy only because of the VERIFIED line (the log is its evidence).",
      "IF @error = 0",
      "  PRINT N'VERIFIED: ' + @name;",
      "ELSE",
      "BEGIN",
      "  SET @failures = @failures + 1;",
      `  PRINT N'FAILED: ${b.database} ' + @file + N' (SQL error ' + CONVERT(nvarchar(10), @error) + N'; the messages above give the cause)';`,
      "END;",
      "",
    );
  }
  for (const b of job.skipped) lines.push(`-- ${b.rules.join(" ")} ${b.database}: ${b.reason ?? "not backed up"}.`);
  if (job.skipped.length) lines.push("");
  lines.push(
    "-- B10 A failed backup or verification fails the whole run (sqlcmd -b exits with 1; the Agent job step fails and the job writes to the Windows event log).",
    "IF @failures > 0 RAISERROR(N'%d database backup(s) failed on this server: see the messages above.', 16, 1, @failures);",
  );
  return lines;
}

export function backupSqlFile(m: JobPackModel, job: DatabaseJob): string {
  const agent = job.scheduler === "sql-agent";
  return crlf([
    ...banner(
      "--",
      backupSqlFileName(job.server),
      [
        `SQL Server ${job.target}${job.assumedInstance ? " (the Standard Edition SQL 2005 Express instance RTC: unverified, see below)" : ""}.`,
        agent
          ? `The Agent job in ${agentJobFileName(job.server)} runs this same T-SQL; to run it by hand:`
          : `${expressCmdFileName(job.server)} runs it through sqlcmd (Task Scheduler); to run it by hand:`,
        `sqlcmd -S ${job.target} -E -b -i ${backupSqlFileName(job.server)}`,
      ],
      [
        "a Windows login in sysadmin, or db_backupoperator in each database. The backup file is written by the",
        "SQL Server service account, which needs write access to the destination's databases folder.",
      ],
      [
        `Full backup WITH CHECKSUM of ${job.backUp.map((b) => b.database).join(", ") || "no database"} to date-stamped files under`,
        `<destination>\\databases\\${job.server}\\, then RESTORE VERIFYONLY WITH CHECKSUM of each file (B10).`,
      ],
      job.assumedInstance
        ? [
            "D10 The instance name RTC for a Standard Edition server is from recollection, not a source: check it with",
            "D10 sqlcmd -L or SQL Server Configuration Manager and set servers[].sqlInstance in the model if it differs.",
          ]
        : [],
    ),
    ...backupSql(m, job),
  ]);
}

const rulesOf = (job: DatabaseJob) => [...new Set(job.backUp.flatMap((b) => b.rules))].join(" ");

export function agentJobFile(m: JobPackModel, job: DatabaseJob): string {
  const name = sqlLiteral(AGENT_JOB_NAME);
  const schedule = sqlLiteral(`${AGENT_JOB_NAME} - ${m.start.databases}`);
  const log = sqlLiteral(`${m.destination}\\logs\\${job.server}-agent-databases.log`);
  return crlf([
    ...banner(
      "--",
      agentJobFileName(job.server),
      [
        `SQL Server ${job.target} (full SQL Server 2005/2008 with SQL Server Agent).`,
        "install-schedule.cmd runs it with sqlcmd; running it again replaces the job.",
      ],
      ["a login in sysadmin (it creates a job in msdb). SQL Server Agent must be running and set to start automatically."],
      [
        `Creates the SQL Server Agent job "${AGENT_JOB_NAME}": one T-SQL step (the backup and verification of`,
        `${backupSqlFileName(job.server)}) scheduled ${describeCadence(m.cadence.databases)} at ${m.start.databases} (D10, B1, B2).`,
      ],
      m.cadence.databases.exact
        ? []
        : [
            `The plan's interval of ${m.plan.databaseBackups.find((b) => b.backUp)?.frequencyHours} h is rounded to what the Agent can schedule.`,
          ],
    ),
    ...(m.placeholder ? NOT_READY_SQL : []),
    "USE msdb;",
    "SET NOCOUNT ON;",
    "-- D10 Replace an earlier version of the job (its schedule goes with it when no other job uses it).",
    `IF EXISTS (SELECT 1 FROM msdb.dbo.sysjobs WHERE name = ${name})`,
    `  EXEC msdb.dbo.sp_delete_job @job_name = ${name};`,
    "-- B5 B10 A failed run writes to the Windows event log (Application log, source SQLAgent), where monitoring sees it.",
    `EXEC msdb.dbo.sp_add_job @job_name = ${name}, @enabled = 1, @notify_level_eventlog = 2, @description = ${sqlLiteral(`Full backups and verification of the OCS 2007 R2 databases (generated job pack; rules ${rulesOf(job)}).`)};`,
    "-- To also e-mail an operator on failure (Database Mail and an operator must exist):",
    `-- EXEC msdb.dbo.sp_update_job @job_name = ${name}, @notify_level_email = 2, @notify_email_operator_name = N'<operator>';`,
    `-- ${rulesOf(job)} The step: full backups WITH CHECKSUM, then RESTORE VERIFYONLY WITH CHECKSUM; its output is appended to a log under the destination.`,
    `EXEC msdb.dbo.sp_add_jobstep @job_name = ${name}, @step_name = N'Full backup and verify', @subsystem = N'TSQL', @database_name = N'master', @output_file_name = ${log}, @flags = 2,`,
    `  @command = ${sqlLiteral(backupSql(m, job).join("\r\n"))};`,
    `-- B1 B2 The schedule: the plan's backup window starts the database backups at ${m.start.databases}.`,
    `EXEC msdb.dbo.sp_add_schedule @schedule_name = ${schedule}, @enabled = 1, ${agentSchedule(m.cadence.databases, m.start.databases)};`,
    `EXEC msdb.dbo.sp_attach_schedule @job_name = ${name}, @schedule_name = ${schedule};`,
    `EXEC msdb.dbo.sp_add_jobserver @job_name = ${name}, @server_name = N'(local)';`,
  ]);
}

export function expressCmdFile(m: JobPackModel, job: DatabaseJob): string {
  const sql = backupSqlFileName(job.server);
  return crlf([
    "@echo off",
    ...banner(
      "REM",
      expressCmdFileName(job.server),
      [`on ${job.server} (Standard Edition server), from ${JOB_DIR}\\ beside ${sql}.`],
      [
        "the task's account: a Windows login in sysadmin on the SQL Server 2005 Express instance (or db_backupoperator",
        "in each database). The backup file is written by the SQL Server service account: give it write access to",
        `<destination>\\databases\\${job.server}\\ (the computer account when the service runs as Network Service).`,
      ],
      [
        `D10 SQL Server 2005 Express has no SQL Server Agent: Task Scheduler runs this file ${describeCadence(m.cadence.databases)} at ${m.start.databases}`,
        `and it runs ${sql} through sqlcmd (full backup WITH CHECKSUM, RESTORE VERIFYONLY WITH CHECKSUM; D1 D5 B10).`,
        "Exits with 1 when a backup or a verification failed.",
      ],
      [
        "D1 SQL Server 2005 Express caps a database at 4 GB (third-party source): watch the size of RTC.",
        ...(job.assumedInstance
          ? [
              "D10 The instance name RTC is from recollection, not a source: check it (sqlcmd -L) and set servers[].sqlInstance if it differs.",
            ]
          : []),
      ],
    ),
    ...preamble(m.destination, m.placeholder),
    ...openRun(`${job.server}-databases`),
    `REM D1 BACKUP needs the folder to exist.`,
    `if not exist "%DEST%\\databases\\${job.server}\\" mkdir "%DEST%\\databases\\${job.server}"`,
    `REM D10 D1 D5 B10 sqlcmd -b exits with 1 when the T-SQL raises an error (any backup or verification failed).`,
    `sqlcmd -S ${job.target} -E -b -i "%~dp0${sql}" >>"%LOG%" 2>&1`,
    `if %ERRORLEVEL% NEQ 0 call :failed "D1 database backup on ${job.target} returned %ERRORLEVEL%: see the log"`,
    ...closeRun(),
    ...STAMP_SUBROUTINE,
    ...FAILED_SUBROUTINE,
  ]);
}
