// Extension 1 of the deployment format: backup destinations and SQL instances, validated so that no
// value can change what a generated script does. Each hostile value is refused with its JSON path.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateDeployment } from "./parse-deployment";

const examplesDir = path.resolve(__dirname, "../../../shared/examples");
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const example = (): any => JSON.parse(readFileSync(path.join(examplesDir, "extension-1/litware-enterprise-destinations.json"), "utf8"));
const errorsOf = (d: unknown) => {
  const r = validateDeployment(d);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

describe("deployment format, extension 1", () => {
  it("accepts the extension-1 example and keeps its values", () => {
    const r = validateDeployment(example());
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    expect(r.deployment.backup.destination).toBe("\\\\backup01\\ocs");
    expect(r.deployment.backup.offsiteDestination).toBe("\\\\drfs01\\ocs");
    expect(r.deployment.servers[0].sqlInstance).toBe("OCSBE");
  });

  it("accepts a file without the fields (they are optional)", () => {
    const d = example();
    delete d.backup.destination;
    delete d.backup.offsiteDestination;
    delete d.servers[0].sqlInstance;
    expect(errorsOf(d)).toEqual([]);
  });

  it.each(["\\\\backup01\\ocs", "\\\\backup01\\ocs\\nightly jobs", "E:\\", "E:\\ocs-backup", "e:\\OCS Backup (2026)\\x"])(
    "accepts the destination %s",
    (dest) => {
      const d = example();
      d.backup.destination = dest;
      expect(errorsOf(d)).toEqual([]);
    },
  );

  const hostile: [string, string][] = [
    ["an ampersand", "\\\\backup01\\ocs&calc"],
    ["an environment variable", "\\\\backup01\\%PATH%"],
    ["a double quote", 'E:\\ocs" & del /q C:\\x'],
    ["a caret", "E:\\ocs^"],
    ["a pipe", "E:\\ocs|more"],
    ["a redirection", "E:\\ocs>nul"],
    ["an exclamation mark", "E:\\ocs!x!"],
    ["a wildcard", "E:\\ocs*"],
    ["a newline", "E:\\ocs\r\necho pwned"],
    ["a 300-character path", `E:\\${"a".repeat(297)}`],
    ["a relative path", "backups\\ocs"],
    ["a forward-slash path", "//backup01/ocs"],
    ["a trailing backslash", "\\\\backup01\\ocs\\"],
    ["a UNC path without a share", "\\\\backup01"],
    ["an empty folder name", "E:\\ocs\\\\x"],
  ];
  it.each(hostile)("refuses %s in backup.destination and backup.offsiteDestination with the path", (_what, value) => {
    const d = example();
    d.backup.destination = value;
    d.backup.offsiteDestination = value;
    const errors = errorsOf(d);
    expect(errors.some((e) => e.startsWith("backup.destination: the backup destination: "))).toBe(true);
    expect(errors.some((e) => e.startsWith("backup.offsiteDestination: the off-site destination: "))).toBe(true);
  });

  it("names the limit when a destination is too long", () => {
    const d = example();
    d.backup.destination = `E:\\${"a".repeat(297)}`;
    expect(errorsOf(d)).toEqual(["backup.destination: the backup destination: expected at most 200 characters (found 300)"]);
  });

  it.each(["OCS]BE", "OCS BE", "1OCS", "", "A23456789012345678", "x;DROP", "RTC'"])(
    "refuses the SQL instance %j with its path",
    (value) => {
      const d = example();
      d.servers[0].sqlInstance = value;
      expect(errorsOf(d)).toEqual([
        "servers[0].sqlInstance: expected a SQL Server instance name: 1-16 letters, digits, _ or $, starting with a letter or _",
      ]);
    },
  );

  it.each(["OCSBE", "_x", "RTC", "SQL$1", "A234567890123456"])("accepts the SQL instance %s", (value) => {
    const d = example();
    d.servers[0].sqlInstance = value;
    expect(errorsOf(d)).toEqual([]);
  });

  it("allows a SQL instance only where the role holds OCS databases", () => {
    const d = example();
    d.servers[1].sqlInstance = "OCSBE"; // a front end
    d.servers[4].sqlInstance = "ARCH"; // an archiving server: allowed
    d.servers[5].sqlInstance = "MON"; // a monitoring server: allowed
    expect(errorsOf(d)).toEqual([
      "servers[1].sqlInstance: only a server that holds OCS databases (back-end-sql, standard-edition, archiving, monitoring) has a SQL instance: remove sqlInstance",
    ]);
  });

  it("accepts normalization-rules as a file share content (D9)", () => {
    const d = example();
    d.fileShares.push({
      content: "normalization-rules",
      path: "\\\\fs01\\ocs\\abs\\Company_Phone_Number_Normalization_Rules.txt",
      sizeGb: 0,
    });
    expect(errorsOf(d)).toEqual([]);
  });

  it("warns when the off-site destination is the destination itself", () => {
    const d = example();
    d.backup.offsiteDestination = "\\\\BACKUP01\\ocs";
    const r = validateDeployment(d);
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.path)).toContain("backup.offsiteDestination");
  });
});
