// The rule tables read like rules.md: one describe per rule id.
import { describe, expect, it } from "vitest";
import { DATABASE_NAMES, ROLES, SHARE_CONTENTS } from "../../formats/enums";
import { DATABASE_RULES, databaseRule, editionOfHost, RECOMMENDED_DATABASE_FREQUENCY_HOURS, SQL_TOOLS, sqlToolFor } from "./databases";
import { FILE_SHARE_RULES, fileShareRule } from "./file-shares";
import { LOSS_LEVELS, restoreLevelsFor } from "./loss-levels";
import { isPerimeter, serverRole } from "./server-roles";
import { exportedRoles, isOcsServer, NOT_COVERED_BY_LCSCMD, ROLE_SETTINGS, roleSettings, SETTINGS_LEVELS_TABLE } from "./settings-levels";

describe("S1: three settings levels, each kept in its own place", () => {
  it("global in Active Directory, pool in the back-end database, machine in each server's WMI", () => {
    expect(SETTINGS_LEVELS_TABLE.map((r) => [r.level, r.storedIn])).toEqual([
      ["global", "Active Directory (forest-wide)"],
      ["pool", "the pool's back-end database (RTCConfig)"],
      ["machine", "the WMI repository of each server"],
    ]);
  });
});

describe("S3: machine settings on every OCS server, internal and perimeter", () => {
  it("covers every role but the back-end SQL Server", () => {
    expect(ROLE_SETTINGS.map((r) => r.role).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES)
      expect({ role, machine: roleSettings(role).machineSettings }).toEqual({ role, machine: role !== "back-end-sql" });
  });

  it("a plain SQL Server is not an OCS server; one that also runs Archiving is", () => {
    expect(isOcsServer(["back-end-sql"])).toBe(false);
    expect(isOcsServer(["back-end-sql", "archiving"])).toBe(true);
    expect(exportedRoles(["back-end-sql", "archiving"])).toEqual(["archiving"]);
  });
});

describe("S4: what one machine export covers", () => {
  it("the front end's and Standard Edition server's exports cover the Application Server", () => {
    expect(roleSettings("front-end").coverage).toMatch(/Application Server/);
    expect(roleSettings("standard-edition").coverage).toMatch(/Application Server/);
  });
  it("LCSCmd leaves Group Chat and Communicator Web Access out", () => {
    expect(NOT_COVERED_BY_LCSCMD).toMatch(/Group Chat/);
    expect(NOT_COVERED_BY_LCSCMD).toMatch(/Communicator Web Access/);
  });
});

describe("S7: what each loss needs restored (table 17-1)", () => {
  it("server: machine; pool, back end, Standard Edition: pool + machine; Active Directory and site: all three", () => {
    expect(Object.fromEntries(LOSS_LEVELS.map((r) => [r.kind, r.levels]))).toEqual({
      server: ["machine"],
      pool: ["pool", "machine"],
      "back-end": ["pool", "machine"],
      "standard-edition": ["pool", "machine"],
      "active-directory": ["global", "pool", "machine"],
      site: ["global", "pool", "machine"],
    });
    expect(restoreLevelsFor("server")).toEqual(["machine"]);
  });
});

describe("S8: perimeter servers and their stand-ins", () => {
  it("edge roles sit in the perimeter; the A/V Edge needs its own A/V authentication certificate", () => {
    expect(isPerimeter(["access-edge", "web-conferencing-edge", "av-edge"])).toBe(true);
    expect(isPerimeter(["front-end"])).toBe(false);
    expect(serverRole("av-edge").certificates).toMatch(/A\/V authentication certificate/);
  });
  it("front ends are load balanced within their pool; Mediation and Archiving have no automatic stand-in", () => {
    expect(serverRole("front-end").peers).toBe("pool");
    expect(serverRole("mediation").peers).toBe("none");
    expect(serverRole("archiving").peers).toBe("none");
  });
});

describe("D1-D5: which databases are backed up, with which tool", () => {
  it("has one row per database of the format", () => {
    expect(DATABASE_RULES.map((r) => r.database)).toEqual([...DATABASE_NAMES]);
  });
  it("D1: RTC is backed up, with SSMS Express on a Standard Edition server and SSMS on an Enterprise back end", () => {
    expect(databaseRule("RTC").backUp).toBe(true);
    expect(sqlToolFor(["standard-edition"])).toBe(SQL_TOOLS.standard);
    expect(SQL_TOOLS.standard).toBe("SQL Server Management Studio Express (SQL Server 2005 Express Edition)");
    expect(sqlToolFor(["back-end-sql"])).toBe("SQL Server Management Studio (SQL Server 2005/2008)");
    expect(editionOfHost(undefined)).toBe("enterprise");
  });
  it("D2: RTCConfig is not backed up because the settings imports rebuild it", () => {
    expect(databaseRule("RTCConfig")).toMatchObject({ backUp: false, rules: ["D2"] });
    expect(databaseRule("RTCConfig").reason).toMatch(/LCSCmd settings exports rebuilds it/);
  });
  it("D3: RTCDyn is not backed up because it is transient", () => {
    expect(databaseRule("RTCDyn")).toMatchObject({ backUp: false, rules: ["D3"] });
    expect(databaseRule("RTCDyn").reason).toMatch(/transient/);
  });
  it("D4: LCSLog, RTCCDR and QoEMetrics are backed up with SQL Server tools", () => {
    for (const db of ["LCSLog", "RTCCDR", "QoEMetrics"] as const)
      expect(databaseRule(db)).toMatchObject({ backUp: true, rules: ["D4", "D5"] });
  });
  it("D5: full backups, nightly by default", () => {
    expect(RECOMMENDED_DATABASE_FREQUENCY_HOURS).toBe(24);
    for (const r of DATABASE_RULES.filter((x) => x.backUp)) expect(r.rules).toContain("D5");
  });
});

describe("D6, D7: file shares", () => {
  it("has one row per share content of the format", () => {
    expect(FILE_SHARE_RULES.map((r) => r.content)).toEqual([...SHARE_CONTENTS]);
  });
  it("D6: meeting content, metadata and compliance log are backed up with file tools", () => {
    for (const c of ["meeting-content", "meeting-metadata", "compliance-log"] as const)
      expect(fileShareRule(c)).toMatchObject({ backUp: true, rules: ["D6"] });
  });
  it("D7: address book files are not backed up because the User Replicator regenerates them", () => {
    expect(fileShareRule("address-book")).toMatchObject({ backUp: false, rules: ["D7"] });
    expect(fileShareRule("address-book").reason).toMatch(/User Replicator/);
  });
});
