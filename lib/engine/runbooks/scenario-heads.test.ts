// The head of every runbook of the shared examples, and of the examples edited the ways real
// deployments differ (two pools on one back end, a standby site): its title, the rules it cites, the
// notes a reader needs before the steps (what is rebuilt, what else goes down, the fast path) and
// its path and alternatives. Reviewed by hand against rules.md: S7 (levels per loss), D1-D3 (which
// databases), D6/D7 (Standard Edition files), S5/P5 (site loss), S6/D8 (Active Directory).
// Issue 25: a switch-over's heading names the rebuilds after it too, and its first note says plainly which
// roles the standby site lacks (Mediation, Edge...) and which lost servers are rebuilt for them.
import { describe, expect, it } from "vitest";
import type { Deployment } from "../../formats/deployment";
import type { Scenario } from "../../formats/plan";
import { planDeployment } from "../plan";
import { enterprise, enterpriseWithStandbyPool, standard, standardWithStandby } from "../testing/fixtures";

const head = (s: Scenario) => ({
  title: s.title,
  rules: s.rules,
  notes: s.notes ?? [],
  ...(s.path ? { path: s.path } : {}),
  ...(s.alternatives ? { alternatives: s.alternatives.map((a) => [a.id, a.title, a.when]) } : {}),
  ...(s.failback ? { failback: [s.failback.id, s.failback.title, s.failback.when] } : {}),
});
const heads = (d: Deployment, ids?: string[]) =>
  Object.fromEntries(
    planDeployment(d)
      .scenarios.filter((s) => !ids || ids.includes(s.id))
      .map((s) => [s.id, head(s)]),
  );

/** A second pool, ocspool2 (one front end), on the Enterprise example's back end sql01. */
const sharedBackEnd = () =>
  enterprise((x) => {
    x.pools.push({ name: "ocspool2", kind: "enterprise-consolidated", site: "Redmond", backEnd: "sql01.litware.com" });
    x.servers.push({ fqdn: "ocspool2server1.litware.com", site: "Redmond", pool: "ocspool2", roles: ["front-end"] });
  });
describe("the head of every runbook", () => {
  it("litware-enterprise-consolidated", () => {
    expect(heads(enterprise())).toEqual({
      "loss-of-active-directory": {
        title: "Loss of Active Directory",
        rules: ["S7", "S6", "D8", "Restore order"],
        notes: [
          "The OCS servers survive; the global settings and the OCS objects in Active Directory are what is lost.",
          "Active Directory is backed up, so the runbook restores it; the rebuild path is kept as an alternative.",
          "If the forest is rebuilt rather than restored, the RTC databases map users by their old GUIDs and SIDs: export the user data before and import it after (D8).",
        ],
        path: "Active Directory restored from backup",
        alternatives: [
          [
            "ad-rebuilt",
            "Active Directory rebuilt",
            "No usable Active Directory backup exists and the forest must be built anew (user GUIDs and SIDs change).",
          ],
        ],
      },
      "loss-of-site:Redmond": {
        title: "Loss of site Redmond",
        rules: ["S7", "S5", "P5", "Restore order"],
        notes: [
          "There is no standby site: every server of the site is rebuilt, in table 17-9 order.",
          "Monitoring Servers: Not a row of table 17-9: restored alongside the Archiving Servers (data roles that core service does not need).",
          "The file server holding the shares is not in the deployment file; it is assumed to be at this site.",
        ],
      },
      "loss-of-pool:ocspool1": {
        title: "Loss of Enterprise pool ocspool1",
        rules: ["S7", "Restore order", "P1"],
        notes: ["The whole pool is rebuilt: its 2 member servers and its back end sql01.litware.com."],
      },
      "loss-of-back-end:ocspool1": {
        title: "Loss of the back end of ocspool1",
        rules: ["S7", "D1", "D2", "D3", "Restore order"],
        notes: [
          "The front ends survive: after the back end's databases and pool-level settings are back, each is restarted and its machine-level settings reapplied (S7: pool and machine levels).",
        ],
      },
      "loss-of-server:ocspool1server1.litware.com": {
        title: "Loss of ocspool1server1.litware.com (Front end)",
        rules: ["S7", "Restore order"],
        notes: [
          "Peers in the same pool or load-balanced array keep serving meanwhile: users stay homed where they are and need no reassignment.",
          "Only this server's machine-level settings are imported (S7); the pool-level settings of ocspool1 are intact.",
        ],
      },
      "loss-of-server:ocspool1server2.litware.com": {
        title: "Loss of ocspool1server2.litware.com (Front end)",
        rules: ["S7", "Restore order"],
        notes: [
          "Peers in the same pool or load-balanced array keep serving meanwhile: users stay homed where they are and need no reassignment.",
          "Only this server's machine-level settings are imported (S7); the pool-level settings of ocspool1 are intact.",
        ],
      },
      "loss-of-server:dir1.litware.com": {
        title: "Loss of dir1.litware.com (Director)",
        rules: ["S7", "Restore order"],
        notes: [
          "The only Director is taken out of the path first (inferred): users and the Edge reach the pool directly until it is back.",
        ],
      },
      "loss-of-server:arch1.litware.com": {
        title: "Loss of arch1.litware.com (Archiving)",
        rules: ["S7", "Restore order"],
        notes: [],
      },
      "loss-of-server:mon1.litware.com": {
        title: "Loss of mon1.litware.com (Monitoring)",
        rules: ["S7", "Restore order"],
        notes: [
          "Monitoring Servers: Not a row of table 17-9: restored alongside the Archiving Servers (data roles that core service does not need).",
        ],
      },
      "loss-of-server:med1.litware.com": {
        title: "Loss of med1.litware.com (Mediation)",
        rules: ["S7", "Restore order"],
        notes: [],
      },
      "loss-of-server:edge1.litware.com": {
        title: "Loss of edge1.litware.com (Access Edge, Web Conferencing Edge, A/V Edge)",
        rules: ["S7", "Restore order"],
        notes: [],
      },
    });
  });

  it("litware-standard: each runbook also warns that the backups are kept locally only", () => {
    expect(heads(standard())).toEqual({
      "loss-of-active-directory": {
        title: "Loss of Active Directory",
        rules: ["S7", "S6", "D8", "Restore order"],
        notes: [
          "The OCS servers survive; the global settings and the OCS objects in Active Directory are what is lost.",
          "Active Directory is backed up, so the runbook restores it; the rebuild path is kept as an alternative.",
          "If the forest is rebuilt rather than restored, the RTC databases map users by their old GUIDs and SIDs: export the user data before and import it after (D8).",
          "Backups are kept locally with no offsite copy: a lost server or site may take its backups with it.",
        ],
        path: "Active Directory restored from backup",
        alternatives: [
          [
            "ad-rebuilt",
            "Active Directory rebuilt",
            "No usable Active Directory backup exists and the forest must be built anew (user GUIDs and SIDs change).",
          ],
        ],
      },
      "loss-of-site:Redmond": {
        title: "Loss of site Redmond",
        rules: ["S7", "S5", "P5", "Restore order"],
        notes: [
          "There is no standby site: every server of the site is rebuilt, in table 17-9 order.",
          "Monitoring Servers: Not a row of table 17-9: restored alongside the Archiving Servers (data roles that core service does not need).",
          "The file server holding the shares is not in the deployment file; it is assumed to be at this site.",
          "Backups are kept locally with no offsite copy: a lost server or site may take its backups with it.",
        ],
      },
      "loss-of-standard-edition:ocsse1": {
        title: "Loss of Standard Edition server ocsse1.litware.com",
        rules: ["S7", "D1", "D6", "D7", "Restore order"],
        notes: [
          "Archiving, Mediation and other servers that rely on this server keep their own settings; restore them only if they were lost too (table 17-9).",
          "Backups are kept locally with no offsite copy: a lost server or site may take its backups with it.",
        ],
      },
      "loss-of-server:arch1.litware.com": {
        title: "Loss of arch1.litware.com (Archiving)",
        rules: ["S7", "Restore order"],
        notes: ["Backups are kept locally with no offsite copy: a lost server or site may take its backups with it."],
      },
      "loss-of-server:mon1.litware.com": {
        title: "Loss of mon1.litware.com (Monitoring)",
        rules: ["S7", "Restore order"],
        notes: [
          "Monitoring Servers: Not a row of table 17-9: restored alongside the Archiving Servers (data roles that core service does not need).",
          "Backups are kept locally with no offsite copy: a lost server or site may take its backups with it.",
        ],
      },
      "loss-of-server:med1.litware.com": {
        title: "Loss of med1.litware.com (Mediation)",
        rules: ["S7", "Restore order"],
        notes: ["Backups are kept locally with no offsite copy: a lost server or site may take its backups with it."],
      },
      "loss-of-server:edge1.litware.com": {
        title: "Loss of edge1.litware.com (Access Edge, Web Conferencing Edge, A/V Edge)",
        rules: ["S7", "Restore order"],
        notes: ["Backups are kept locally with no offsite copy: a lost server or site may take its backups with it."],
      },
    });
  });

  it("two pools on one back end: a pool loss names the other pool that goes down, a back-end loss both pools", () => {
    expect(heads(sharedBackEnd(), ["loss-of-pool:ocspool1", "loss-of-pool:ocspool2", "loss-of-back-end:ocspool1"])).toEqual({
      "loss-of-pool:ocspool1": {
        title: "Loss of Enterprise pool ocspool1",
        rules: ["S7", "Restore order", "P1"],
        notes: [
          "The whole pool is rebuilt: its 2 member servers and its back end sql01.litware.com.",
          "The back end also serves ocspool2: those pools are down too and are brought back in the same runbook.",
        ],
      },
      "loss-of-back-end:ocspool1": {
        title: "Loss of the back end of ocspool1",
        rules: ["S7", "D1", "D2", "D3", "Restore order"],
        notes: [
          "The front ends survive: after the back end's databases and pool-level settings are back, each is restarted and its machine-level settings reapplied (S7: pool and machine levels).",
          "sql01.litware.com is the back end of ocspool1, ocspool2: all of them are restored here.",
        ],
      },
      "loss-of-pool:ocspool2": {
        title: "Loss of Enterprise pool ocspool2",
        rules: ["S7", "Restore order", "P1"],
        notes: [
          "The whole pool is rebuilt: its 1 member server and its back end sql01.litware.com.",
          "The back end also serves ocspool1: those pools are down too and are brought back in the same runbook.",
        ],
      },
    });
  });

  it("a standby pool: pool and back-end losses take the fast path to it first, a site loss switches over", () => {
    expect(heads(enterpriseWithStandbyPool(), ["loss-of-site:Redmond", "loss-of-pool:ocspool1", "loss-of-back-end:ocspool1"])).toEqual({
      "loss-of-site:Redmond": {
        title: "Loss of site Redmond",
        rules: ["S7", "S5", "P5", "Restore order"],
        notes: [
          "The standby site Dublin has no server with the Mediation, Access Edge, Archiving or Monitoring role: Enterprise Voice, Remote access and federation, Archiving and Monitoring (CDR and QoE) come back only when arch1.litware.com, mon1.litware.com, med1.litware.com and edge1.litware.com are rebuilt (below, after the switch-over).",
          "Service moves to the standby site Dublin. The lost servers are rebuilt later, following the rebuild order of table 17-9, once the site can host them again.",
          "Meeting content uploaded to the lost pools stays in their share backups: restore it to the standby pool's meeting content share if the moved users need it (inferred).",
          "IM and presence counts as back once the users sign in on the standby pool and their contact lists, read from the last RTC backup, are imported there (inferred, D8): its check waits for that import.",
        ],
        path: "Switch over to standby site Dublin, then rebuild 4 servers it has no stand-in for",
        failback: [
          "failback",
          "Failback: bring the users home to ocspool1",
          "After the switch-over, once ocspool1 is rebuilt and checked: the users move back from drpool.",
        ],
      },
      "loss-of-pool:ocspool1": {
        title: "Loss of Enterprise pool ocspool1",
        rules: ["S7", "Restore order", "P1"],
        notes: [
          "Fast path (inferred): the users move to drpool at the standby site and sign in there within hours; the rebuild in place runs meanwhile, and the failback runbook brings them home afterwards.",
          "IM and presence counts as back once the users sign in on the standby pool and their contact lists, read from the last RTC backup, are imported there (inferred, D8): its check waits for that import.",
          "The whole pool is rebuilt: its 2 member servers and its back end sql01.litware.com.",
        ],
        path: "Move the users to the standby pool drpool first, then rebuild in place",
        failback: [
          "failback",
          "Failback: bring the users home to ocspool1",
          "After the switch-over, once ocspool1 is rebuilt and checked: the users move back from drpool.",
        ],
      },
      "loss-of-back-end:ocspool1": {
        title: "Loss of the back end of ocspool1",
        rules: ["S7", "D1", "D2", "D3", "Restore order"],
        notes: [
          "Fast path (inferred): the users move to drpool at the standby site and sign in there within hours; the rebuild in place runs meanwhile, and the failback runbook brings them home afterwards.",
          "IM and presence counts as back once the users sign in on the standby pool and their contact lists, read from the last RTC backup, are imported there (inferred, D8): its check waits for that import.",
          "The front ends survive: after the back end's databases and pool-level settings are back, each is restarted and its machine-level settings reapplied (S7: pool and machine levels).",
        ],
        path: "Move the users to the standby pool drpool first, then rebuild in place",
        failback: [
          "failback",
          "Failback: bring the users home to ocspool1",
          "After the switch-over, once ocspool1 is rebuilt and checked: the users move back from drpool.",
        ],
      },
    });
  });

  it("a standby Standard Edition server: its users move there first when ocsse1 is lost", () => {
    expect(heads(standardWithStandby(), ["loss-of-site:Redmond", "loss-of-standard-edition:ocsse1"])).toEqual({
      "loss-of-site:Redmond": {
        title: "Loss of site Redmond",
        rules: ["S7", "S5", "P5", "Restore order"],
        notes: [
          "The standby site Dublin has no server with the Mediation, Archiving, Access Edge or Monitoring role: Enterprise Voice, Archiving, Remote access and federation and Monitoring (CDR and QoE) come back only when arch1.litware.com, mon1.litware.com, med1.litware.com and edge1.litware.com are rebuilt (below, after the switch-over).",
          "Service moves to the standby site Dublin. The lost servers are rebuilt later, following the rebuild order of table 17-9, once the site can host them again.",
          "Meeting content uploaded to the lost pools stays in their share backups: restore it to the standby pool's meeting content share if the moved users need it (inferred).",
          "IM and presence counts as back once the users sign in on the standby pool and their contact lists, read from the last RTC backup, are imported there (inferred, D8): its check waits for that import.",
          "Backups are kept locally with no offsite copy: a lost server or site may take its backups with it.",
        ],
        path: "Switch over to standby site Dublin, then rebuild 4 servers it has no stand-in for",
        failback: [
          "failback",
          "Failback: bring the users home to ocsse1",
          "After the switch-over, once ocsse1 is rebuilt and checked: the users move back from ocsse2.",
        ],
      },
      "loss-of-standard-edition:ocsse1": {
        title: "Loss of Standard Edition server ocsse1.litware.com",
        rules: ["S7", "D1", "D6", "D7", "Restore order"],
        notes: [
          "Fast path (inferred): the users move to ocsse2 at the standby site and sign in there within hours; the rebuild in place runs meanwhile, and the failback runbook brings them home afterwards.",
          "IM and presence counts as back once the users sign in on the standby pool and their contact lists, read from the last RTC backup, are imported there (inferred, D8): its check waits for that import.",
          "Archiving, Mediation and other servers that rely on this server keep their own settings; restore them only if they were lost too (table 17-9).",
          "Backups are kept locally with no offsite copy: a lost server or site may take its backups with it.",
        ],
        path: "Move the users to the standby pool ocsse2 first, then rebuild in place",
        failback: [
          "failback",
          "Failback: bring the users home to ocsse1",
          "After the switch-over, once ocsse1 is rebuilt and checked: the users move back from ocsse2.",
        ],
      },
    });
  });

  it("a standby site without a pool: the site is rebuilt, and the note says why; the standby site's own loss has no standby", () => {
    const mediationOnly = enterprise((x) => {
      x.sites.push({ name: "Dublin", kind: "standby" });
      x.servers.push({ fqdn: "drmed1.litware.com", site: "Dublin", roles: ["mediation"] });
    });
    expect(heads(mediationOnly, ["loss-of-site:Redmond"])).toEqual({
      "loss-of-site:Redmond": {
        title: "Loss of site Redmond",
        rules: ["S7", "S5", "P5", "Restore order"],
        notes: [
          "The standby site Dublin has no pool to take the users, so the site is rebuilt in table 17-9 order.",
          "Monitoring Servers: Not a row of table 17-9: restored alongside the Archiving Servers (data roles that core service does not need).",
          "The file server holding the shares is not in the deployment file; it is assumed to be at this site.",
        ],
      },
    });
    // Dublin holds no pool of the example's file server (the shares are assumed at the first pool's site).
    // Issue 25: Redmond's domain controllers and ocspool1 survive, so drpool's users move there first (a path
    // and a failback) and the notes say why no Active Directory restore comes first.
    expect(heads(enterpriseWithStandbyPool(), ["loss-of-site:Dublin"])).toEqual({
      "loss-of-site:Dublin": {
        title: "Loss of site Dublin",
        rules: ["S7", "S5", "P5", "Restore order"],
        path: "Move the users to ocspool1 first, then rebuild site Dublin",
        failback: [
          "failback",
          "Failback: bring the users home to drpool",
          "After the switch-over, once drpool is rebuilt and checked: the users move back from ocspool1.",
        ],
        notes: [
          "Fast path (inferred): the users of drpool move to ocspool1 at Redmond; the site is rebuilt meanwhile, and the failback runbook brings the users home.",
          "IM and presence counts as back once the moved users sign in on the surviving pool; their contact lists follow from the last RTC backup (inferred, D8) and are not counted in that time.",
          "The pools that survive elsewhere take the users, so the site's servers are rebuilt in table 17-9 order behind the move.",
          "Site Dublin holds no domain controllers of the forest and those at Redmond answer: Active Directory and the global settings it holds stay live, so nothing is restored or imported over them.",
        ],
      },
    });
  });

  it("every runbook names what today's practice lacks: no database backups, no settings exports, nothing off-site", () => {
    const bare = enterprise((x) => {
      x.backup.databaseFrequencyHours = 0;
      x.backup.settingsFrequencyHours = 0;
      x.backup.location = "local";
      x.backup.offsiteCopy = false;
    });
    const practice = [
      "No database backups are taken today: the restore steps assume the plan's nightly full backups exist.",
      "No LCSCmd settings exports are taken today: the import steps assume the plan's exports exist.",
      "Backups are kept locally with no offsite copy: a lost server or site may take its backups with it.",
    ];
    const h = heads(bare, ["loss-of-server:med1.litware.com", "loss-of-back-end:ocspool1"]);
    expect(h["loss-of-server:med1.litware.com"].notes).toEqual(practice);
    expect(h["loss-of-back-end:ocspool1"].notes).toEqual([
      "The front ends survive: after the back end's databases and pool-level settings are back, each is restarted and its machine-level settings reapplied (S7: pool and machine levels).",
      ...practice,
    ]);
    // Kept off-site, or remote: no such note.
    expect(
      heads(
        enterprise((x) => (x.backup.location = "local")),
        ["loss-of-server:med1.litware.com"],
      )["loss-of-server:med1.litware.com"].notes,
    ).toEqual([]);
  });

  it("three pools on one back end: a pool loss names both other pools", () => {
    const three = enterprise((x) => {
      for (const n of ["ocspool2", "ocspool3"]) {
        x.pools.push({ name: n, kind: "enterprise-consolidated", site: "Redmond", backEnd: "sql01.litware.com" });
        x.servers.push({ fqdn: `${n}server1.litware.com`, site: "Redmond", pool: n, roles: ["front-end"] });
      }
    });
    expect(heads(three, ["loss-of-pool:ocspool1"])["loss-of-pool:ocspool1"].notes).toEqual([
      "The whole pool is rebuilt: its 2 member servers and its back end sql01.litware.com.",
      "The back end also serves ocspool2, ocspool3: those pools are down too and are brought back in the same runbook.",
    ]);
  });
});
