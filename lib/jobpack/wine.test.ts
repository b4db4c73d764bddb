// The job pack of the Standard Edition example, run under Wine's cmd.exe with stand-in lcscmd, sqlcmd,
// robocopy, schtasks, appcmd and certutil (.exe stand-ins: lib/jobpack/wine/). All scenarios run in one
// Wine start; each uses its own destination (with spaces and parentheses) so they cannot disturb each other.
//
// Where Wine differs from Windows, and how the test goes around it:
// - `call prog` folds any non-zero exit code to 1 (Windows keeps it): the scripts run tools without `call`,
//   and the stand-ins are .exe files, so robocopy's 8, 16 and a negative crash code reach the scripts as is.
// - findstr and sort are missing, and delayed expansion of !var:~n,m! is broken: the scripts use none of them.
// - A value holding %NAME% is expanded once more when echoed (Windows does not): only the log text differs.
// - \\server\C$ cannot be reached: install-schedule.cmd copies with robocopy, which the stand-in replaces.
// - `prog >nul && next` runs next even when prog failed: the scripts test %ERRORLEVEL% on the next line instead.
// When CI=1 the test fails if wine or the mingw compiler for the stand-ins is missing; elsewhere it skips loudly.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planDeployment } from "../engine/plan";
import { standard, type Json } from "../engine/testing/fixtures";
import { buildJobPack } from ".";
import { commandExists, installStandins, removeStandinBuild, runSteps, toCrlf, WINE, winPath, type Step } from "./wine/harness";

const haveTools = WINE !== null && commandExists("x86_64-w64-mingw32-gcc");
const inCi = process.env.CI === "1" || process.env.CI === "true";
if (!haveTools && !inCi)
  console.warn("\n*** lib/jobpack/wine.test.ts SKIPPED: wine or x86_64-w64-mingw32-gcc is missing (CI installs them). ***\n");

const SE = "ocsse1.litware.com";
const pad = (n: number) => String(n).padStart(2, "0");
/** yyyyMMdd-HHmmss in local time, as wmic gives it to the scripts. */
const stampOf = (d: Date) =>
  `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
const hoursAgo = (h: number) => stampOf(new Date(Date.now() - h * 3600_000));

let work = "";
let bin = "";
let results = new Map<string, number>();

/** A scenario's destination and its pack (Linux paths). */
interface Scenario {
  dest: string;
  pack: string;
}

function scenario(name: string, edit?: (d: Json) => void): Scenario {
  const dest = path.join(work, `${name} dest (nightly)`);
  const src = path.join(work, "src");
  mkdirSync(dest, { recursive: true });
  const d = standard((j) => {
    j.backup.destination = winPath(dest);
    j.fileShares = [
      { content: "meeting-content", path: winPath(`${src}/web`), sizeGb: 1 },
      { content: "meeting-metadata", path: winPath(`${src}/nonweb`), sizeGb: 1 },
      { content: "compliance-log", path: "\\\\fs1\\ocs\\compliance", sizeGb: 1 },
      { content: "address-book", path: winPath(`${src}/abs`), sizeGb: 1 },
    ];
    edit?.(j);
  });
  const built = buildJobPack(d, planDeployment(d));
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  const pack = path.join(work, `${name}-pack`);
  mkdirSync(pack, { recursive: true });
  for (const f of built.files) writeFileSync(path.join(pack, f.path), f.text);
  return { dest, pack };
}

const file = (s: Scenario, name: string) => path.join(s.pack, name);
const read = (p: string) => (existsSync(p) ? readFileSync(p, "utf8") : "");
const logs = (s: Scenario, prefix: string) =>
  existsSync(path.join(s.dest, "logs"))
    ? readdirSync(path.join(s.dest, "logs"))
        .filter((f) => f.startsWith(prefix))
        .map((f) => read(path.join(s.dest, "logs", f)))
        .join("\n")
    : "";
const list = (p: string) => (existsSync(p) ? readdirSync(p).sort() : []);

/** Seeds a dated share copy with its _finished.txt. */
function shareCopy(s: Scenario, content: string, stamp: string, result: "ok" | "failed" | null) {
  const dir = path.join(s.dest, "shares", content, stamp);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "data.txt"), "x");
  if (result) writeFileSync(path.join(dir, "_finished.txt"), toCrlf(`2026-11-28T01:31:00+00:00 ${result}\n`));
}

/** Seeds a database backup file (empty or not) and, when verified, the VERIFIED line its job logs. */
function backupFile(s: Scenario, server: string, db: string, stamp: string, opts: { empty?: boolean; verified?: boolean }) {
  const dir = path.join(s.dest, "databases", server);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${db}-${stamp}.bak`), opts.empty ? "" : "backup");
  if (opts.verified) {
    mkdirSync(path.join(s.dest, "logs"), { recursive: true });
    const log = path.join(s.dest, "logs", `${server}-agent-databases.log`);
    writeFileSync(log, read(log) + toCrlf(`VERIFIED: ${db}-${stamp}.bak\n`));
  }
}

const S: Record<string, Scenario> = {};
/** Stamps and folders a scenario seeded, as they were when it ran. */
const seededStamps: Record<string, string[]> = {};
let snapshotDir = "";

describe.skipIf(!haveTools && !inCi)("the job pack under Wine's cmd.exe", () => {
  beforeAll(() => {
    expect(haveTools, "CI=1: wine and x86_64-w64-mingw32-gcc must be installed (.ci/run installs them)").toBe(true);
    work = mkdtempSync(path.join(os.tmpdir(), "ocs-pack-wine-"));
    bin = path.join(work, "bin");
    installStandins(bin);
    // The OCS install folder with lcscmd.exe, and a Windows folder with IIS 7's appcmd.exe and config folder.
    const common = path.join(work, "common");
    const ocs = path.join(common, "Microsoft Office Communications Server 2007 R2");
    installStandins(ocs, ["lcscmd"]);
    mkdirSync(path.join(work, "nocommon"), { recursive: true });
    const windir = path.join(work, "fakewin");
    installStandins(path.join(windir, "system32", "inetsrv"), ["appcmd"]);
    mkdirSync(path.join(windir, "system32", "inetsrv", "config"), { recursive: true });
    writeFileSync(path.join(windir, "system32", "inetsrv", "config", "applicationHost.config"), "<configuration/>");
    const src = path.join(work, "src");
    for (const f of ["web", "nonweb", "compliance", "abs"]) mkdirSync(path.join(src, f), { recursive: true });
    writeFileSync(path.join(src, "web", "slides.pptx"), "slides");
    writeFileSync(path.join(src, "abs", "Company_Phone_Number_Normalization_Rules.txt"), "rules");
    writeFileSync(path.join(src, "abs", "F-0001.lsabs"), "regenerated");
    const tools = { CommonProgramFiles: winPath(common) };
    // What msdb.dbo.backupset holds (file, then the row): a verified backup, an unverified one, another tool's backup.
    const backupset = path.join(work, "backupset.txt");
    const agentStamp = hoursAgo(1);
    const lcslog = `LCSLog-${agentStamp}.bak`;
    writeFileSync(
      backupset,
      toCrlf(
        [
          `${lcslog} database,arch1.litware.com,LCSLog,2026-11-28T01:40:00Z,100,ok,`,
          "RTC-20261127-014210.bak database,ocsse1.litware.com,RTC,2026-11-27T01:42:10Z,3221225472,ok,",
          "nightly.bak database,ocsse1.litware.com,RTC,2026-11-26T01:42:10Z,3221225472,ok,",
        ].join("\n") + "\n",
      ),
    );
    // What certutil -store my prints (English), with a hostile subject, a hash with spaces and a NotAfter in another form.
    const certutilOut = path.join(work, "certutil-my.txt");
    writeFileSync(
      certutilOut,
      toCrlf(
        [
          "my",
          "================ Certificate 0 ================",
          "Serial Number: 610000000299a1",
          "Issuer: CN=Litware CA, DC=litware, DC=com",
          " NotBefore: 11/28/2025 10:00 AM",
          " NotAfter: 3/1/2027 1:05 PM",
          'Subject: CN=ocsse1.litware.com&md PW5&, O="x&md PW6"',
          "Non-root Certificate",
          "Cert Hash(sha1): 3f 2a 9c 0d 5e 6b 7a 81 90 a1 b2 c3 d4 e5 f6 07 18 29 3a 4b",
          "================ Certificate 1 ================",
          " NotAfter: 01.03.2027 13:05",
          "Subject: CN=other",
          "Cert Hash(sha1): 1111111111111111111111111111111111111111",
          "CertUtil: -store command completed successfully.",
        ].join("\n") + "\n",
      ),
    );
    const iis = { windir: winPath(windir) };
    const steps: Step[] = [];

    // 1. Every job succeeds, then retention and the evidence script find a good copy of everything.
    S.ok = scenario("ok");
    mkdirSync(path.join(S.ok.dest, "databases", SE), { recursive: true });
    for (const [server, db] of [
      ["arch1.litware.com", "LCSLog"],
      ["mon1.litware.com", "RTCCDR"],
      ["mon1.litware.com", "QoEMetrics"],
    ])
      backupFile(S.ok, server, db, agentStamp, { verified: true }); // what the Agent jobs would have written
    for (const server of [SE, "arch1.litware.com", "mon1.litware.com", "med1.litware.com", "edge1.litware.com"])
      steps.push({ label: `ok settings ${server}`, file: file(S.ok, `${server}-settings-export.cmd`), env: tools });
    steps.push(
      {
        label: "ok databases",
        file: file(S.ok, `${SE}-databases.cmd`),
        env: { SQLCMD_BAK: winPath(path.join(S.ok.dest, "databases", SE)), SQLCMD_DB: "RTC" },
      },
      { label: "ok shares se", file: file(S.ok, `${SE}-shares.cmd`) },
      { label: "ok shares fs1", file: file(S.ok, "fs1-shares.cmd") },
      { label: "ok iis", file: file(S.ok, `${SE}-iis-config.cmd`), env: iis },
      { label: "ok retention", file: file(S.ok, "retention-and-offsite.cmd") },
      {
        label: "ok evidence",
        file: file(S.ok, "collect-evidence.cmd"),
        env: { CERTUTIL_OUT: winPath(certutilOut), SQLCMD_BACKUPSET: winPath(backupset) },
      },
    );

    // 2. Each tool fails.
    S.fail = scenario("fail");
    steps.push(
      { label: "lcscmd fails", file: file(S.fail, `${SE}-settings-export.cmd`), env: { ...tools, LCSCMD_RC: "1" } },
      {
        label: "lcscmd absent",
        file: file(S.fail, "arch1.litware.com-settings-export.cmd"),
        env: { CommonProgramFiles: winPath(path.join(work, "nocommon")) },
      },
      { label: "empty export", file: file(S.fail, "mon1.litware.com-settings-export.cmd"), env: { ...tools, LCSCMD_EMPTY: "1" } },
      { label: "sqlcmd fails", file: file(S.fail, `${SE}-databases.cmd`), env: { SQLCMD_RC: "1" } },
      { label: "appcmd fails", file: file(S.fail, `${SE}-iis-config.cmd`), env: { ...iis, APPCMD_RC: "1" } },
      { label: "certutil fails", file: file(S.fail, "collect-evidence.cmd"), env: { CERTUTIL_RC: "5" } },
    );
    for (const rc of ["8", "16", "-1073741819", "7", "0"])
      steps.push({ label: `robocopy ${rc}`, file: file(S.fail, "fs1-shares.cmd"), env: { ROBOCOPY_RC: rc } });

    // 2b. D9: the address-book folder has no normalization rules file (robocopy alone would exit 0).
    S.norules = scenario("norules", (j) => (j.fileShares[3].path = winPath(path.join(work, "src", "web"))));
    steps.push({ label: "rules file missing", file: file(S.norules, `${SE}-shares.cmd`) });

    // 2c. IIS snapshots (appcmd add backup) follow the same retention: 3 kept, other names left alone.
    S.snapshots = scenario("snapshots", (j) => (j.backup.retentionCopies = 3));
    const snapWin = path.join(work, "fakewin-snapshots");
    installStandins(path.join(snapWin, "system32", "inetsrv"), ["appcmd"]);
    mkdirSync(path.join(snapWin, "system32", "inetsrv", "config"), { recursive: true });
    const snapDir = path.join(snapWin, "system32", "inetsrv", "backups");
    mkdirSync(snapDir, { recursive: true });
    const seeded = [30, 54, 78, 102, 126].map((h) => `OCS-${hoursAgo(h)}`);
    for (const name of [...seeded, "CFGHISTORY_0000000001", "OCS-0&md PW7&"]) writeFileSync(path.join(snapDir, name), "snapshot");
    seededStamps.snapshots = seeded;
    snapshotDir = snapDir;
    steps.push({ label: "snapshots iis", file: file(S.snapshots, `${SE}-iis-config.cmd`), env: { windir: winPath(snapWin) } });

    // 3. Retention: the 14 newest share copies failed, the 6 older ones are good (the case).
    S.failed14 = scenario("failed14");
    for (let i = 1; i <= 20; i++) shareCopy(S.failed14, "compliance-log", hoursAgo(24 * i), i <= 14 ? "failed" : "ok");
    steps.push({ label: "failed14 retention", file: file(S.failed14, "retention-and-offsite.cmd") });

    // 4. Retention with 3 copies: good, failed, empty and unverified copies mixed, newest first.
    S.mixed = scenario("mixed", (j) => (j.backup.retentionCopies = 3));
    const kinds: [number, { empty?: boolean; verified?: boolean }][] = [
      [2, { verified: false }], // newest: failed verification, newer than every good one: kept
      [20, { verified: true }],
      [44, { empty: true, verified: true }], // empty: failed, older than the newest good: deleted
      [68, { verified: true }],
      [92, { verified: true }],
      [116, { verified: true }], // a 4th good one: deleted
      [140, { verified: false }], // failed, older: deleted
    ];
    for (const [h, o] of kinds) backupFile(S.mixed, SE, "RTC", hoursAgo(h), o);
    seededStamps.mixed = kinds.map(([h]) => hoursAgo(h));
    for (const [i, h] of [2, 30, 54].entries()) shareCopy(S.mixed, "meeting-content", hoursAgo(h), i === 0 ? null : "ok");
    steps.push({ label: "mixed retention", file: file(S.mixed, "retention-and-offsite.cmd") });

    // 4b. The off-site copy: everything is copied there, then pruned to the same 3 good copies.
    S.offsite = scenario("offsite", (j) => {
      j.backup.retentionCopies = 3;
      j.backup.offsiteDestination = winPath(path.join(work, "offsite (dr) copy"));
    });
    seededStamps.offsite = [1, 25, 49, 73, 97].map(hoursAgo);
    for (const stamp of seededStamps.offsite) backupFile(S.offsite, SE, "RTC", stamp, { verified: true });
    steps.push({ label: "offsite retention", file: file(S.offsite, "retention-and-offsite.cmd") });

    // 5. Fourteen empty settings exports newer than six good ones.
    S.empty14 = scenario("empty14");
    mkdirSync(path.join(S.empty14.dest, "settings"), { recursive: true });
    for (let i = 1; i <= 20; i++)
      writeFileSync(path.join(S.empty14.dest, "settings", `ocsse1-global-pool-${hoursAgo(168 * i)}.xml`), i <= 14 ? "" : "<export/>");
    steps.push({ label: "empty14 retention", file: file(S.empty14, "retention-and-offsite.cmd") });

    // 6. Hostile names in every listed folder.
    S.hostile = scenario("hostile");
    const hostileRun = path.join(work, "hostile-cwd");
    mkdirSync(hostileRun, { recursive: true });
    backupFile(S.hostile, SE, "RTC", hoursAgo(30), { verified: true });
    writeFileSync(path.join(S.hostile.dest, "databases", SE, "RTC-0&md PW&-000000.bak"), "x");
    writeFileSync(path.join(S.hostile.dest, "databases", SE, "RTC-%STAMP%.bak"), "x");
    shareCopy(S.hostile, "compliance-log", "2026&md PW2&", "ok");
    mkdirSync(path.join(S.hostile.dest, "settings"), { recursive: true });
    writeFileSync(path.join(S.hostile.dest, "settings", "ocsse1-global-pool-0&md PW3&.xml"), "x");
    shareCopy(S.hostile, "meeting-content", hoursAgo(3), null);
    writeFileSync(
      path.join(S.hostile.dest, "shares", "meeting-content", hoursAgo(3), "_finished.txt"),
      '2026-11-28T01:31:00Z "&md PW4&\r\n',
    );
    steps.push(
      { label: "hostile retention", file: file(S.hostile, "retention-and-offsite.cmd"), cwd: hostileRun },
      { label: "hostile evidence", file: file(S.hostile, "collect-evidence.cmd"), cwd: hostileRun },
    );

    // 7. install-schedule.cmd run from C:\OCSBackupJobs, the folder it installs into.
    const prefix = process.env.WINEPREFIX ?? path.join(os.homedir(), ".wine");
    const jobDir = path.join(prefix, "drive_c", "OCSBackupJobs");
    S.schedule = scenario("schedule");
    mkdirSync(jobDir, { recursive: true });
    cpSync(S.schedule.pack, jobDir, { recursive: true });
    steps.push({
      label: "schedule from its folder",
      file: path.join(jobDir, "install-schedule.cmd"),
      args: "LITWARE\\ocsbackup",
      cwd: jobDir,
    });
    S.scheduleDir = { dest: jobDir, pack: jobDir };
    steps.push({
      label: "edge install from its folder",
      file: path.join(jobDir, "edge1.litware.com-install-local.cmd"),
      args: "EDGE1\\ocsbackup",
      cwd: jobDir,
    });
    steps.push({
      label: "schedule schtasks fails",
      file: file(S.schedule, "install-schedule.cmd"),
      args: "LITWARE\\ocsbackup",
      env: { SCHTASKS_RC: "1" },
    });

    results = runSteps(work, bin, steps);
  }, 300_000);

  // The work folder (packs, destinations, runner-*.out with Wine's output) stays when KEEP_WINE_WORK=1.
  afterAll(() => {
    removeStandinBuild();
    if (work && process.env.KEEP_WINE_WORK !== "1") rmSync(work, { recursive: true, force: true });
  });

  const rc = (label: string) => {
    expect(results.has(label), `step "${label}" did not report (rerun with KEEP_WINE_WORK=1 and read ${work}/runner-*.out)`).toBe(true);
    return results.get(label);
  };

  it("all succeed: every job exits 0, retention finds a good copy of everything and exits 0", () => {
    for (const label of [...results.keys()].filter((l) => l.startsWith("ok "))) expect(rc(label), label).toBe(0);
    const settings = list(path.join(S.ok.dest, "settings"));
    expect(settings.filter((f) => /^ocsse1-global-pool-\d{8}-\d{6}\.xml$/.test(f))).toHaveLength(1);
    expect(settings.filter((f) => /-machine-\d{8}-\d{6}\.xml$/.test(f))).toHaveLength(5);
    expect(list(path.join(S.ok.dest, "databases", SE)).filter((f) => /^RTC-\d{8}-\d{6}\.bak$/.test(f))).toHaveLength(1);
    expect(logs(S.ok, `${SE}-databases-`)).toMatch(/^VERIFIED: RTC-\d{8}-\d{6}\.bak\r?$/m);
    expect(logs(S.ok, "retention-and-offsite-")).toContain("finished: FAILED=0");
    expect(logs(S.ok, "retention-and-offsite-")).not.toContain("FAILED:");
  });

  it("the evidence file: 7-column header, settings, share, database and certificate rows, hostile subjects never run", () => {
    expect(rc("ok evidence")).toBe(0);
    const csvs = list(path.join(S.ok.dest, "evidence")).filter((f) => /^evidence-\d{8}-\d{6}\.csv$/.test(f));
    expect(csvs).toHaveLength(1);
    const rows = read(path.join(S.ok.dest, "evidence", csvs[0]))
      .split(/\r?\n/)
      .filter(Boolean);
    expect(rows[0]).toBe("kind,server,item,finishedAt,sizeBytes,result,expiresAt");
    for (const row of rows.slice(1)) expect(row.split(",")).toHaveLength(7);
    const zoned = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)";
    expect(rows).toContainEqual(expect.stringMatching(new RegExp(`^settings,${SE},global-pool,${zoned},\\d+,ok,$`)));
    expect(rows).toContainEqual(expect.stringMatching(new RegExp(`^share,,meeting-content,${zoned},,ok,$`)));
    // A backup the job made counts as ok only when its job logged VERIFIED; another tool's backup keeps msdb's result.
    expect(rows).toContainEqual("database,arch1.litware.com,LCSLog,2026-11-28T01:40:00Z,100,ok,");
    expect(rows).toContainEqual("database,ocsse1.litware.com,RTC,2026-11-27T01:42:10Z,3221225472,failed,");
    expect(rows).toContainEqual("database,ocsse1.litware.com,RTC,2026-11-26T01:42:10Z,3221225472,ok,");
    expect(rows.filter((r) => r.startsWith("database,"))).toHaveLength(3);
    const certs = rows.filter((r) => r.startsWith(`certificate,${SE},`));
    expect(certs).toHaveLength(1);
    expect(certs[0]).toMatch(
      new RegExp(`^certificate,${SE},3f2a9c0d5e6b7a8190a1b2c3d4e5f60718293a4b,${zoned},,ok,2027-03-01T13:05:00(Z|[+-]\\d\\d:\\d\\d)$`),
    );
    expect(logs(S.ok, "evidence-")).toContain(
      "S9 certificate 1111111111111111111111111111111111111111 on ocsse1.litware.com: NotAfter not in the US date form",
    );
  });

  it("a failing or absent tool fails its job with a line that says what failed", () => {
    expect(rc("lcscmd fails")).toBe(1);
    expect(logs(S.fail, `${SE}-settings-`)).toContain("FAILED: S2 LCSCmd export of the global and pool settings of ocsse1 returned 1");
    expect(rc("lcscmd absent")).toBe(1);
    expect(logs(S.fail, "arch1.litware.com-settings-")).toContain("FAILED: S2 lcscmd.exe was not found in");
    expect(rc("empty export")).toBe(1);
    expect(logs(S.fail, "mon1.litware.com-settings-")).toMatch(/FAILED: empty file mon1\.litware\.com-machine-\d{8}-\d{6}\.xml/);
    expect(rc("sqlcmd fails")).toBe(1);
    expect(logs(S.fail, `${SE}-databases-`)).toContain("Operating system error 5");
    expect(rc("appcmd fails")).toBe(1);
    expect(logs(S.fail, `${SE}-iis-`)).toContain("FAILED: D9 appcmd add backup returned 1");
    expect(rc("certutil fails")).toBe(1);
    expect(logs(S.fail, "evidence-")).toContain(`FAILED: S9 certutil could not read the certificate store of ${SE} (returned 5)`);
    const csv = list(path.join(S.fail.dest, "evidence")).find((f) => /^evidence-\d{8}-\d{6}\.csv$/.test(f))!;
    expect(read(path.join(S.fail.dest, "evidence", csv))).toMatch(new RegExp(`^certificate,${SE},,[^,]+,,failed,\r?$`, "m"));
  });

  it("D9: copies the normalization rules file from the address-book folder, and fails clearly when it is absent", () => {
    const rules = list(path.join(S.ok.dest, "shares", "normalization-rules"));
    expect(rules).toHaveLength(1);
    expect(list(path.join(S.ok.dest, "shares", "normalization-rules", rules[0]))).toEqual([
      "Company_Phone_Number_Normalization_Rules.txt",
      "_finished.txt",
    ]);
    expect(existsSync(path.join(S.ok.dest, "shares", "address-book"))).toBe(false);
    expect(rc("rules file missing")).toBe(1);
    expect(logs(S.norules, `${SE}-shares-`)).toContain("FAILED: D9 Company_Phone_Number_Normalization_Rules.txt is not in ");
    const copy = list(path.join(S.norules.dest, "shares", "normalization-rules"))[0];
    expect(read(path.join(S.norules.dest, "shares", "normalization-rules", copy, "_finished.txt"))).toMatch(/ failed\r?\n$/);
  });

  it("IIS snapshots: keeps the 3 newest OCS-<stamp> snapshots (tonight's included), leaves other names alone", () => {
    expect(rc("snapshots iis")).toBe(0);
    const seeded = seededStamps.snapshots;
    const left = list(snapshotDir);
    const ours = left.filter((n) => /^OCS-\d{8}-\d{6}$/.test(n));
    expect(ours).toHaveLength(3);
    expect(ours).toEqual(expect.arrayContaining([seeded[0], seeded[1]]));
    expect(left).toEqual(expect.arrayContaining(["CFGHISTORY_0000000001", "OCS-0&md PW7&"]));
    expect(logs(S.snapshots, `${SE}-iis-`)).toContain(`delete IIS snapshot ${seeded[4]}: 3 newer ones are kept`);
  });

  it("reads robocopy's exit code as Microsoft documents it: 8 and above (and a negative crash code) fail, 0-7 succeed", () => {
    expect(rc("robocopy 8")).toBe(1);
    expect(rc("robocopy 16")).toBe(1);
    expect(rc("robocopy -1073741819")).toBe(1);
    expect(rc("robocopy 7")).toBe(0);
    expect(rc("robocopy 0")).toBe(0);
    const log = logs(S.fail, "fs1-shares-");
    expect(log).toContain("FAILED: D6 robocopy of compliance-log returned 8");
    expect(log).toContain("FAILED: D6 robocopy of compliance-log returned 16");
    expect(log).toContain("FAILED: D6 robocopy of compliance-log returned -1073741819");
  });

  it("14 newest share copies failed: keeps every good one, fails the run, and writes a failed evidence row", () => {
    expect(rc("failed14 retention")).toBe(1);
    const copies = list(path.join(S.failed14.dest, "shares", "compliance-log"));
    expect(copies).toHaveLength(20);
    const log = logs(S.failed14, "retention-and-offsite-");
    expect(log).toContain(
      `FAILED: P5 share copy compliance-log, made by fs1-shares.cmd on fs1: no good copy in the last 24 h (newest good: ${hoursAgo(24 * 15).slice(0, 9)}`,
    );
    const rows = list(path.join(S.failed14.dest, "evidence")).filter((f) => /^evidence-\d{8}-\d{6}-retention\.csv$/.test(f));
    expect(rows).toHaveLength(1);
    const csv = read(path.join(S.failed14.dest, "evidence", rows[0])).split(/\r?\n/);
    expect(csv[0]).toBe("kind,server,item,finishedAt,sizeBytes,result,expiresAt");
    expect(csv).toContainEqual(expect.stringMatching(/^share,,compliance-log,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d,,failed,$/));
  });

  it("keeps N good copies by stamp, never the failed ones older than the newest good one", () => {
    expect(rc("mixed retention")).toBe(1); // other items of the pack have no copy at all
    const stamps = seededStamps.mixed;
    const kept = list(path.join(S.mixed.dest, "databases", SE));
    expect(kept).toEqual([stamps[0], stamps[1], stamps[3], stamps[4]].map((s) => `RTC-${s}.bak`).sort());
    const log = logs(S.mixed, "retention-and-offsite-");
    expect(log).toContain(`KEEP failed copy RTC-${stamps[0]}.bak: newer than every good copy`);
    expect(log).toContain(`OK: database RTC of ${SE}`);
    expect(log).not.toContain(`FAILED: P5 database RTC of ${SE}`);
    // A share copy without _finished.txt is not good; the two good ones stay.
    expect(list(path.join(S.mixed.dest, "shares", "meeting-content"))).toHaveLength(3);
  });

  it("the off-site copy gets everything but the logs and is pruned to the same good copies", () => {
    const keep = seededStamps.offsite
      .slice(0, 3)
      .map((stamp) => `RTC-${stamp}.bak`)
      .sort();
    expect(list(path.join(S.offsite.dest, "databases", SE))).toEqual(keep);
    const offsite = path.join(work, "offsite (dr) copy");
    expect(list(path.join(offsite, "databases", SE))).toEqual(keep);
    // The stand-in copies with xcopy, which has no /XD: that the logs stay behind is read from robocopy's arguments.
    expect(read(path.join(work, "standin.log"))).toMatch(/^robocopy ".*offsite dest \(nightly\)" ".*offsite \(dr\) copy" \/E .*\/XD /m);
  });

  it("14 empty settings exports: none of the 6 good ones is deleted and the run fails", () => {
    expect(rc("empty14 retention")).toBe(1);
    const files = list(path.join(S.empty14.dest, "settings"));
    expect(files).toHaveLength(20);
    expect(logs(S.empty14, "retention-and-offsite-")).toContain(
      "FAILED: P5 global and pool settings of ocsse1, made by ocsse1.litware.com-settings-export.cmd: no good copy in the last 168 h",
    );
  });

  it("hostile names are refused and logged, never run", () => {
    const all = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? [f, ...all(path.join(dir, f))] : [f]));
    const names = [...all(work)];
    for (const made of ["PW", "PW2", "PW3", "PW4", "PW5", "PW6", "PW7"]) expect(names, made).not.toContain(made);
    expect(existsSync(path.join(S.hostile.dest, "databases", SE, "RTC-0&md PW&-000000.bak"))).toBe(true);
    const log = logs(S.hostile, "retention-and-offsite-");
    expect(log).toContain('REFUSED: "RTC-0&md PW&-000000.bak" does not match RTC-yyyyMMdd-HHmmss.bak');
    expect(log).toContain('REFUSED: "2026&md PW2&"');
    expect(rc("hostile retention")).toBe(1);
    expect(rc("hostile evidence")).toBe(0);
    const evidence = logs(S.hostile, "evidence-");
    expect(evidence).toContain('REFUSED: "ocsse1-global-pool-0&md PW3&.xml" does not match ocsse1-global-pool-yyyyMMdd-HHmmss.xml');
    expect(evidence).toMatch(/REFUSED: _finished\.txt of meeting-content copy \d{8}-\d{6} does not read TIME ok or TIME failed: no row/);
  });

  it("install-schedule.cmd runs from its own folder and never reaches the Edge", () => {
    expect(rc("schedule from its folder")).toBe(0);
    const log = read(path.join(S.scheduleDir.dest, "install-schedule.log"));
    expect(log).not.toMatch(/cannot be copied onto itself/i);
    const standin = read(path.join(work, "standin.log"));
    expect(standin).toMatch(/^robocopy .*"\\\\ocsse1\.litware\.com\\C\$\\OCSBackupJobs" "ocsse1\.litware\.com-settings-export\.cmd"/m);
    expect(standin).not.toMatch(/(\\\\edge1|\/s edge1)/);
    expect(rc("schedule schtasks fails")).toBe(1);
    // The Edge sets itself up: a local task, from the folder it was copied to (its own included), nothing remote.
    expect(rc("edge install from its folder")).toBe(0);
    expect(standin).toMatch(
      /^schtasks \/create \/tn "OCS backup - settings export" \/tr "C:\\OCSBackupJobs\\edge1\.litware\.com-settings-export\.cmd" .*\/ru "EDGE1\\ocsbackup"/m,
    );
    expect(read(path.join(S.scheduleDir.dest, "install-local.log"))).not.toMatch(/cannot be copied onto itself/i);
  });
});
