// Invariants of the job pack over generated valid deployments (fast-check), checked against the
// deployment itself rather than against the plan the pack was made from where that is possible.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Deployment } from "../formats/deployment";
import { isOcsServer } from "../engine/rules/settings-levels";
import { planDeployment, type Plan } from "../engine/plan";
import { deploymentArbitrary } from "../engine/testing/arbitrary";
import { validateDeployment } from "../formats/parse-deployment";
import { buildJobPack, type JobFile } from ".";

const RUNS = { numRuns: 80 };
const NOT_BACKED_UP = new Set(["RTCConfig", "RTCDyn"]);

/** A generated deployment, with or without a destination (and sometimes a SQL instance on a database host). */
const withDestination = fc
  .tuple(deploymentArbitrary, fc.constantFrom(undefined, "\\\\backup01\\ocs", "E:\\OCS backups (nightly)"), fc.boolean())
  .map(([d, destination, instance]) => {
    const out = structuredClone(d);
    if (destination) out.backup.destination = destination;
    if (instance) {
      const host = out.servers.find((s) => s.roles.includes("back-end-sql"));
      if (host) host.sqlInstance = "OCSBE";
    }
    const r = validateDeployment(out);
    if (!r.ok) throw new Error(`generated deployment invalid: ${JSON.stringify(r.errors)}`);
    return r.deployment;
  });

function packOf(d: Deployment): { plan: Plan; files: JobFile[] } {
  const plan = planDeployment(d);
  const pack = buildJobPack(d, plan);
  if (!pack.ok) throw new Error(JSON.stringify(pack.errors));
  return { plan, files: pack.files };
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

describe("job pack properties", () => {
  it("backs up every listed database but RTCConfig and RTCDyn exactly once, and those two never", () => {
    fc.assert(
      fc.property(withDestination, (d) => {
        const { files } = packOf(d);
        const sql = files.filter((f) => f.path.endsWith("-databases.sql"));
        for (const db of d.databases ?? []) {
          const file = sql.find((f) => f.path === `${db.server}-databases.sql`);
          const backups = file ? count(file.text, new RegExp(`BACKUP DATABASE \\[${db.name}\\] TO DISK`, "g")) : 0;
          expect(backups).toBe(NOT_BACKED_UP.has(db.name) ? 0 : 1);
          if (!NOT_BACKED_UP.has(db.name))
            expect(count(file!.text, new RegExp(`RESTORE VERIFYONLY FROM DISK = @file WITH CHECKSUM`, "g"))).toBeGreaterThan(0);
        }
        const all = sql.map((f) => f.text).join("\n");
        expect(count(all, /BACKUP DATABASE/g)).toBe((d.databases ?? []).filter((b) => !NOT_BACKED_UP.has(b.name)).length);
      }),
      RUNS,
    );
  });

  it("exports the machine settings of every OCS server exactly once, from that server's own file", () => {
    fc.assert(
      fc.property(withDestination, (d) => {
        const { files } = packOf(d);
        const exports = files.filter((f) => f.path.endsWith("-settings-export.cmd"));
        const machine = exports.flatMap((f) =>
          [...f.text.matchAll(/^"%LCSCMD%" \/config \/action:export \/level:machine .* \/fqdn:(\S+)/gm)].map((m) => [f.path, m[1]]),
        );
        const ocs = d.servers.filter((s) => isOcsServer(s.roles)).map((s) => s.fqdn);
        expect(machine.map(([, fqdn]) => fqdn).sort()).toEqual([...ocs].sort());
        for (const [file, fqdn] of machine) expect(file).toBe(`${fqdn}-settings-export.cmd`);
        const poolExports = exports.flatMap((f) => [...f.text.matchAll(/\/level:global,pool .* \/poolname:(\S+)/gm)].map((m) => m[1]));
        expect(poolExports.sort()).toEqual(d.pools.map((p) => p.name).sort());
      }),
      RUNS,
    );
  });

  it("schedules an Agent job on full SQL Server and a schtasks task on SQL Server 2005 Express (D10)", () => {
    fc.assert(
      fc.property(withDestination, (d) => {
        const { files } = packOf(d);
        const names = new Set(files.map((f) => f.path));
        const schedule = files.find((f) => f.path === "install-schedule.cmd")!.text;
        const hosts = new Set((d.databases ?? []).filter((b) => !NOT_BACKED_UP.has(b.name)).map((b) => b.server));
        for (const host of hosts) {
          const express = d.servers.find((s) => s.fqdn === host)!.roles.includes("standard-edition");
          expect(names.has(`${host}-agent-job.sql`)).toBe(!express);
          expect(names.has(`${host}-databases.cmd`)).toBe(express);
          expect(schedule.includes(`schtasks /create /s ${host} /tn "OCS backup - databases"`)).toBe(express);
          expect(schedule.includes(`-i "%~dp0${host}-agent-job.sql"`)).toBe(!express);
          if (!express)
            expect(files.find((f) => f.path === `${host}-agent-job.sql`)!.text).toMatch(
              /sp_add_job [\s\S]*sp_add_jobstep [\s\S]*sp_add_schedule [\s\S]*sp_attach_schedule [\s\S]*sp_add_jobserver /,
            );
        }
      }),
      RUNS,
    );
  });

  it("starts every backup task and Agent job inside the plan's backup window, in the order databases, shares, settings", () => {
    fc.assert(
      fc.property(withDestination, (d) => {
        const { plan, files } = packOf(d);
        const start = d.backup.windowStartHour * 60;
        const length = plan.backupWindow.totalHours * 60;
        const offset = (m: number) => (m - start + 1440) % 1440;
        const inside = (m: number) => length >= 1440 || offset(m) <= length;
        const schedule = files.find((f) => f.path === "install-schedule.cmd")!.text;
        const tasks = [...schedule.matchAll(/^schtasks \/create .*\/tn "([^"]+)" .* \/st (\d\d:\d\d)/gm)].map((m) => ({
          name: m[1],
          at: minutesOf(m[2]),
        }));
        const agent = files
          .filter((f) => f.path.endsWith("-agent-job.sql"))
          .map((f) => Number(/@active_start_time = (\d+)/.exec(f.text)![1]))
          .map((t) => ({ name: "OCS backup - databases", at: Math.floor(t / 10000) * 60 + (Math.floor(t / 100) % 100) }));
        const backups = [...agent, ...tasks.filter((t) => t.name !== "OCS backup - retention and off-site copy")];
        for (const t of backups) expect(inside(t.at), `${t.name} at ${t.at} min, window ${start}+${length}`).toBe(true);
        const at = (name: string) => backups.filter((t) => t.name === name).map((t) => offset(t.at));
        for (const db of at("OCS backup - databases")) for (const sh of at("OCS backup - file shares")) expect(db).toBeLessThanOrEqual(sh);
        for (const sh of at("OCS backup - file shares"))
          for (const st of at("OCS backup - settings export")) expect(sh).toBeLessThanOrEqual(st);
      }),
      RUNS,
    );
  });

  it("holds no placeholder when a destination is set, and stops every script before it acts when none is", () => {
    fc.assert(
      fc.property(withDestination, (d) => {
        const { files } = packOf(d);
        for (const f of files) {
          if (d.backup.destination) {
            expect(f.text.includes("<dir>"), f.path).toBe(false);
            if (f.path.endsWith(".cmd")) expect(f.text).toContain(`set "DEST=${d.backup.destination}"`);
          } else if (f.path.endsWith(".cmd")) {
            expect(f.text).toMatch(/^if "%DEST%"=="<dir>" exit \/b 1\r$/m);
            // The guard comes before the first line that runs a tool or writes a file.
            const guard = f.text.indexOf('if "%DEST%"=="<dir>" exit /b 1');
            const firstAction = f.text.search(/^(call (?!:)|schtasks|robocopy|sqlcmd|cscript|certutil|"%|copy |mkdir|del |rd |>)/m);
            expect(firstAction === -1 || guard < firstAction, f.path).toBe(true);
          } else if (f.path.endsWith(".sql") && f.path.endsWith("-databases.sql")) {
            expect(f.text.indexOf("RAISERROR(N'No backup destination")).toBeLessThan(f.text.indexOf("BACKUP DATABASE"));
          }
        }
      }),
      RUNS,
    );
  });

  it("writes CRLF line endings only, and opens every file with where, which account and what", () => {
    fc.assert(
      fc.property(withDestination, (d) => {
        const { files } = packOf(d);
        for (const f of files) {
          expect(/(^|[^\r])\n/.test(f.text), f.path).toBe(false);
          expect(f.text.endsWith("\r\n")).toBe(true);
          if (f.path !== "README.txt") {
            const head = f.text.split("\r\n").slice(0, 12).join("\n");
            expect(head).toMatch(/(REM|--) Where: /);
            expect(head).toMatch(/(REM|--) Account: /);
            expect(head).toMatch(/(REM|--) What: /);
          }
        }
      }),
      { numRuns: 30 },
    );
  });
});
