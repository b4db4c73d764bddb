// D9: the job pack copies the IIS configuration of every server that runs IIS, into exactly the folder
// the runbook's "Restore the IIS configuration" step reads from.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateDeployment } from "../formats/parse-deployment";
import type { Deployment } from "../formats/deployment";
import { planDeployment } from "../engine/plan";
import { buildJobPack, type JobFile } from ".";
import { iisFileName } from "./iis-files";

const examplesDir = path.resolve(__dirname, "../../../shared/examples");
const load = (example: string): Deployment => {
  const r = validateDeployment(JSON.parse(readFileSync(path.join(examplesDir, example), "utf8")));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.deployment;
};

function packAndPlan(d: Deployment) {
  const plan = planDeployment(d);
  const pack = buildJobPack(d, plan);
  if (!pack.ok) throw new Error(JSON.stringify(pack.errors));
  const file = (name: string) => pack.files.find((f) => f.path === name);
  return { plan, files: pack.files, file };
}

/** The runbook's IIS restore steps by server: the folder each reads from (robocopy's source). */
function restoreSources(plan: ReturnType<typeof planDeployment>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const s of plan.scenarios)
    for (const r of [s, ...(s.alternatives ?? []), ...(s.failback ? [s.failback] : [])])
      for (const step of r.steps) {
        if (!/^Restore the IIS configuration of /.test(step.title)) continue;
        const source = /^robocopy "([^"]+)" "%windir%\\System32\\inetsrv\\config" /.exec(step.command ?? "");
        expect(source, step.command).not.toBeNull();
        if (!out.has(step.server!)) out.set(step.server!, new Set());
        out.get(step.server!)!.add(source![1]);
      }
  return out;
}

/** Where the job's copy of the IIS 7 config folder lands, with the script's variables filled in as the runbook writes them. */
function writtenFolder(script: JobFile, destination: string): string {
  const dest = /^set "DEST=(.*)"\r$/m.exec(script.text)![1];
  const target = /^set "TARGET=(.*)"\r$/m.exec(script.text)![1];
  const copy = /^robocopy "%windir%\\System32\\inetsrv\\config" "([^"]+)" /m.exec(script.text)![1];
  expect(dest === destination || (dest === "<dir>" && destination === "<backup destination>")).toBe(true);
  return copy.replace("%TARGET%", target).replace("%DEST%", destination).replace("%STAMP%", "<latest stamp>");
}

describe("IIS configuration in the job pack (D9)", () => {
  it.each([
    ["extension-1/litware-enterprise-destinations.json", "\\\\backup01\\ocs"],
    ["litware-enterprise-consolidated.json", "<backup destination>"],
    ["litware-standard.json", "<backup destination>"],
  ])("%s: the pack writes each IIS server's copy where the runbook restores it from", (example, destination) => {
    const { plan, files, file } = packAndPlan(load(example));
    const sources = restoreSources(plan);
    expect(sources.size).toBeGreaterThan(0);
    const scripts = files.filter((f) => f.path.endsWith("-iis-config.cmd"));
    expect(scripts.map((f) => f.path).sort()).toEqual([...sources.keys()].map(iisFileName).sort());
    for (const [server, from] of sources) {
      expect(from.size).toBe(1);
      expect(writtenFolder(file(iisFileName(server))!, destination)).toBe([...from][0]);
    }
  });

  it("copies the Windows Server 2008 folder the facts file names, marks the rest inferred, and reads robocopy's codes", () => {
    const { file } = packAndPlan(load("extension-1/litware-enterprise-destinations.json"));
    const text = file(iisFileName("ocspool1server1.litware.com"))!.text;
    expect(text).toMatch(/\r\n$/);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
    expect(text).toContain('set "TARGET=%DEST%\\iis\\ocspool1server1.litware.com\\%STAMP%"');
    expect(text).toContain('robocopy "%windir%\\System32\\inetsrv\\config" "%TARGET%\\config" /E /R:2 /W:30 /NP /LOG+:"%LOG%"');
    expect(text).toContain('cscript //nologo "%SystemRoot%\\system32\\iisback.vbs" /backup /b "%NAME%"');
    expect(text).toContain('robocopy "%SystemRoot%\\system32\\inetsrv\\MetaBack" "%TARGET%\\MetaBack" "%NAME%.*"');
    // Every command that is not in the sources is preceded by a comment saying it is inferred and unverified.
    const lines = text.split("\r\n");
    for (const tool of ['appcmd.exe" add backup', 'iisback.vbs" /backup']) {
      const at = lines.findIndex((l) => !l.startsWith("REM") && l.includes(tool));
      expect(lines[at - 1], tool).toMatch(/^REM D9 \[I\] unverified/);
    }
    expect(text).toMatch(/^REM D9 \[F-3p\] the IIS 7 configuration folder/m);
    expect(text).toContain('if %2 GEQ 8 call :failed "D9 robocopy of %1 returned %2"');
    expect(text).toContain('call :failed "D9 neither appcmd.exe (IIS 7) nor iisback.vbs (IIS 6) was found');
  });

  it("registers each IIS job with the settings exports, keeps its copies like the others, and lists it in the README", () => {
    const { file } = packAndPlan(load("extension-1/litware-enterprise-destinations.json"));
    const schedule = file("install-schedule.cmd")!.text;
    for (const server of ["ocspool1server1.litware.com", "ocspool1server2.litware.com"]) {
      expect(schedule).toContain(`call :copy ${server} "${iisFileName(server)}"`);
      expect(schedule).toContain(
        `schtasks /create /s ${server} /tn "OCS backup - IIS configuration" /tr "C:\\OCSBackupJobs\\${iisFileName(server)}"`,
      );
      expect(schedule).toContain(`call :folder "%DEST%\\iis\\${server}"`);
      expect(file("retention-and-offsite.cmd")!.text).toContain(`call :retain dir "%DEST%\\iis\\${server}" "" "" 10080 ""`);
      expect(file("README.txt")!.text).toContain(iisFileName(server));
    }
    // Only servers that run IIS: not the Director, Edge, Mediation, Archiving or Monitoring servers, nor the back end.
    expect(schedule).not.toMatch(/(dir1|edge1|med1|arch1|mon1|sql01)\.litware\.com-iis-config\.cmd/);
    expect(file("README.txt")!.text).not.toContain("this pack does not");
  });
});
