// The plan tables that come straight from the rule tables of lib/engine/rules (databases, file-shares,
// environment, permissions, best-practices), for both examples, literally. Reviewed by hand against
// rules.md: RTC, LCSLog, RTCCDR and QoEMetrics backed up full and nightly (D1, D4, D5), with Task
// Scheduler and sqlcmd on SQL Server 2005 Express (D10) and an Agent job elsewhere, each verified
// with CHECKSUM (B10); RTCConfig (D2), RTCDyn (D3) and the address book (D7) not backed up, with why;
// meeting content, metadata and compliance log backed up with file tools (D6); S6's dependencies;
// the rights, marked "verify" where the sources do not state them; B1-B9 judged from the file.
import { describe, expect, it } from "vitest";
import { planDeployment } from "../plan";
import { enterprise, standard } from "../testing/fixtures";

describe("litware-enterprise-consolidated: the plan tables the rules produce", () => {
  it("which databases are backed up, how and when (D1-D5, D10, B1, B2, B10)", () => {
    const plan = planDeployment(enterprise());
    expect(plan.databaseBackups).toEqual([
      {
        database: "RTC",
        server: "sql01.litware.com",
        backUp: true,
        holds: "persistent user data: contact lists, allow and block lists, home pool, scheduled conferences",
        sizeGb: 25,
        rules: ["D1", "D5", "D10", "B10"],
        scheduler: "sql-agent",
        tool: "SQL Server Agent job running BACKUP DATABASE … WITH CHECKSUM and RESTORE VERIFYONLY (full SQL Server)",
        sqlTarget: "sql01.litware.com",
        command:
          "sqlcmd -S sql01.litware.com -E -b -Q \"BACKUP DATABASE [RTC] TO DISK = N'<dir>\\databases\\sql01.litware.com\\RTC-%STAMP%.bak' WITH CHECKSUM; RESTORE VERIFYONLY FROM DISK = N'<dir>\\databases\\sql01.litware.com\\RTC-%STAMP%.bak' WITH CHECKSUM\"",
        frequencyHours: 24,
        startTime: "01:00",
      },
      {
        database: "RTCConfig",
        server: "sql01.litware.com",
        backUp: false,
        holds: "global, pool and machine settings",
        sizeGb: 0.5,
        rules: ["D2"],
        reason: "not backed up: importing the LCSCmd settings exports rebuilds it",
      },
      {
        database: "RTCDyn",
        server: "sql01.litware.com",
        backUp: false,
        holds: "transient data: endpoints, subscriptions, conference state",
        sizeGb: 2,
        rules: ["D3"],
        reason: "not backed up: transient data that the servers recreate",
      },
      {
        database: "LCSLog",
        server: "arch1.litware.com",
        backUp: true,
        holds: "archived IM and conferencing content (Archiving Server)",
        sizeGb: 120,
        rules: ["D4", "D5", "D10", "B10"],
        scheduler: "sql-agent",
        tool: "SQL Server Agent job running BACKUP DATABASE … WITH CHECKSUM and RESTORE VERIFYONLY (full SQL Server)",
        sqlTarget: "arch1.litware.com",
        command:
          "sqlcmd -S arch1.litware.com -E -b -Q \"BACKUP DATABASE [LCSLog] TO DISK = N'<dir>\\databases\\arch1.litware.com\\LCSLog-%STAMP%.bak' WITH CHECKSUM; RESTORE VERIFYONLY FROM DISK = N'<dir>\\databases\\arch1.litware.com\\LCSLog-%STAMP%.bak' WITH CHECKSUM\"",
        frequencyHours: 24,
        startTime: "01:00",
      },
      {
        database: "RTCCDR",
        server: "mon1.litware.com",
        backUp: true,
        holds: "call detail records (Monitoring Server)",
        sizeGb: 30,
        rules: ["D4", "D5", "D10", "B10"],
        scheduler: "sql-agent",
        tool: "SQL Server Agent job running BACKUP DATABASE … WITH CHECKSUM and RESTORE VERIFYONLY (full SQL Server)",
        sqlTarget: "mon1.litware.com",
        command:
          "sqlcmd -S mon1.litware.com -E -b -Q \"BACKUP DATABASE [RTCCDR] TO DISK = N'<dir>\\databases\\mon1.litware.com\\RTCCDR-%STAMP%.bak' WITH CHECKSUM; RESTORE VERIFYONLY FROM DISK = N'<dir>\\databases\\mon1.litware.com\\RTCCDR-%STAMP%.bak' WITH CHECKSUM\"",
        frequencyHours: 24,
        startTime: "01:00",
      },
      {
        database: "QoEMetrics",
        server: "mon1.litware.com",
        backUp: true,
        holds: "quality of experience data (Monitoring Server)",
        sizeGb: 45,
        rules: ["D4", "D5", "D10", "B10"],
        scheduler: "sql-agent",
        tool: "SQL Server Agent job running BACKUP DATABASE … WITH CHECKSUM and RESTORE VERIFYONLY (full SQL Server)",
        sqlTarget: "mon1.litware.com",
        command:
          "sqlcmd -S mon1.litware.com -E -b -Q \"BACKUP DATABASE [QoEMetrics] TO DISK = N'<dir>\\databases\\mon1.litware.com\\QoEMetrics-%STAMP%.bak' WITH CHECKSUM; RESTORE VERIFYONLY FROM DISK = N'<dir>\\databases\\mon1.litware.com\\QoEMetrics-%STAMP%.bak' WITH CHECKSUM\"",
        frequencyHours: 24,
        startTime: "01:00",
      },
    ]);
  });

  it("which shares are backed up (D6) and which are not (D7)", () => {
    const plan = planDeployment(enterprise());
    expect(plan.fileShareBackups).toEqual([
      {
        content: "meeting-content",
        path: "\\\\fs01\\ocs\\meetings",
        backUp: true,
        holds: "uploaded meeting content: slide decks, Q&A logs, polls, chat",
        sizeGb: 60,
        host: null,
        rules: ["D6"],
        tool: "robocopy (built into Windows Server 2008; from the Windows Server 2003 Resource Kit Tools on 2003)",
        command: 'robocopy "\\\\fs01\\ocs\\meetings" "<dir>\\shares\\meeting-content\\%STAMP%" /E /R:2 /W:30 /NP',
        frequencyHours: 24,
        startTime: "03:12",
      },
      {
        content: "meeting-metadata",
        path: "\\\\fs01\\ocs\\metadata",
        backUp: true,
        holds: "XML describing the meeting content",
        sizeGb: 2,
        host: null,
        rules: ["D6"],
        tool: "robocopy (built into Windows Server 2008; from the Windows Server 2003 Resource Kit Tools on 2003)",
        command: 'robocopy "\\\\fs01\\ocs\\metadata" "<dir>\\shares\\meeting-metadata\\%STAMP%" /E /R:2 /W:30 /NP',
        frequencyHours: 24,
        startTime: "03:12",
      },
      {
        content: "compliance-log",
        path: "\\\\fs01\\ocs\\compliance",
        backUp: true,
        holds: "XML record of content uploads, with the uploaded content",
        sizeGb: 15,
        host: null,
        rules: ["D6"],
        tool: "robocopy (built into Windows Server 2008; from the Windows Server 2003 Resource Kit Tools on 2003)",
        command: 'robocopy "\\\\fs01\\ocs\\compliance" "<dir>\\shares\\compliance-log\\%STAMP%" /E /R:2 /W:30 /NP',
        frequencyHours: 24,
        startTime: "03:12",
      },
      {
        content: "address-book",
        path: "\\\\fs01\\ocs\\abs",
        backUp: false,
        holds: "address book download files",
        sizeGb: 3,
        host: null,
        rules: ["D7"],
        reason: "not backed up: the User Replicator regenerates the address book files",
        // D9: the hand-written normalization rules file lives in this folder and is copied on its own.
        note: "D9 Company_Phone_Number_Normalization_Rules.txt in this folder is written by hand: the shares job copies it to shares\\normalization-rules and fails when it is missing.",
      },
    ]);
  });

  it("the environmental dependencies backed up outside OCS (S6)", () => {
    const plan = planDeployment(enterprise());
    expect(plan.environmentBackups).toEqual([
      {
        id: "activeDirectory",
        dependency: "Active Directory Domain Services",
        subject: "litware.com",
        backedUp: true,
        action:
          "Back up the system state of at least one domain controller per domain with Windows Server Backup or your AD backup tool; keep the Directory Services Restore Mode password with the backup.",
        rules: ["S6"],
      },
      {
        id: "dns",
        dependency: "DNS",
        subject: "litware.com",
        backedUp: true,
        action:
          "Export the DNS zones that hold the OCS records (pool and server A records, the SIP SRV records for automatic sign-in and federation) or keep them AD-integrated and covered by the AD backup.",
        rules: ["S6"],
      },
      {
        id: "reverseProxy",
        dependency: "Reverse proxy",
        subject: "rp01.litware.com",
        backedUp: false,
        action:
          "Export the reverse proxy's publishing rules and listener settings with its own tool, and keep its certificate; OCS is not installed there, so LCSCmd does not cover it.",
        rules: ["S6"],
      },
      {
        id: "certificates",
        dependency: "Certificates",
        subject: "OCS server certificates",
        backedUp: true,
        action:
          "Export every OCS server certificate with its private key (Edge servers: the external certificates and the A/V authentication certificate) to protected storage, or document how to re-enroll them from your certification authority.",
        rules: ["S6"],
      },
    ]);
  });

  it("the rights each task needs, marked where unverified (S5, facts 3.4)", () => {
    const plan = planDeployment(enterprise());
    expect(plan.permissions).toEqual([
      {
        id: "export-settings",
        task: "Export settings with LCSCmd",
        rights: "Membership of RTCUniversalReadOnlyAdmins (or equivalent) and write permission on the export folder",
        verify: false,
        source: "Chapter 17, settings backup procedure step 1",
        rules: ["S5"],
      },
      {
        id: "import-settings",
        task: "Import settings with LCSCmd",
        rights: "RTCUniversalServerAdmins, plus local Administrators on the server being restored",
        verify: true,
        source: "Not stated for OCS 2007 R2; Lync Server 2013 requires RTCUniversalServerAdmins for its backup and restore cmdlets",
        rules: ["S1", "S7"],
      },
      {
        id: "back-up-databases",
        task: "Back up the SQL Server databases (RTC, LCSLog, RTCCDR, QoEMetrics)",
        rights: "A SQL Server login with the db_backupoperator role on each database (or sysadmin), and write access to the backup folder",
        verify: true,
        source: "SQL Server's own permission model; not stated in the OCS sources",
        rules: ["D1", "D4"],
      },
      {
        id: "restore-databases",
        task: "Restore the SQL Server databases",
        rights: "A SQL Server login with the sysadmin or dbcreator role on the rebuilt instance",
        verify: true,
        source: "SQL Server's own permission model; not stated in the OCS sources",
        rules: ["D1", "D4"],
      },
      {
        id: "back-up-files",
        task: "Back up and restore the meeting content and compliance log shares",
        rights: "Backup Operators (or Administrators) on the server holding the shares",
        verify: true,
        source: "Windows file backup practice; not stated in the OCS sources",
        rules: ["D6"],
      },
      {
        id: "forest-prep",
        task: "Rerun ForestPrep (and check it) after Active Directory is rebuilt",
        rights: "Enterprise Admins, or Domain Admins of the forest root domain",
        verify: false,
        source: "LCSCmd forest actions (facts 3.4)",
        rules: ["D8", "S1"],
      },
      {
        id: "domain-prep",
        task: "Rerun DomainPrep (and check it) in each user domain",
        rights: "Domain Admins of that domain",
        verify: false,
        source: "LCSCmd domain actions (facts 3.4)",
        rules: ["D8", "S1"],
      },
      {
        id: "create-pool",
        task: "Recreate a pool",
        rights: "Enterprise Admins or Domain Admins",
        verify: false,
        source: "LCSCmd pool actions (facts 3.4)",
        rules: ["S7"],
      },
      {
        id: "activate-server",
        task: "Install and activate a rebuilt server",
        rights: "Local Administrators on the server and RTCUniversalServerAdmins; ForestPrep and DomainPrep must be complete",
        verify: true,
        source: "Activation prerequisites are documented (facts 3.4); the group memberships are not",
        rules: ["S7"],
      },
      {
        id: "user-data",
        task: "Export and import user data with DBImpExp.exe",
        rights: "Read (export) and write (import) rights on the RTC database, run from the Standard Edition server or against the back end",
        verify: true,
        source: "Public DBImpExp scripts (third party); the rights are not documented",
        rules: ["D8"],
      },
      {
        id: "move-users",
        task: "Reassign users with the Move Users wizard",
        rights: "RTCUniversalUserAdmins (or RTCUniversalServerAdmins) and rights on the user objects",
        verify: true,
        source: "Not stated in the sources consulted",
        rules: ["Restore order"],
      },
    ]);
  });

  it("the best-practice checklist (B1-B9)", () => {
    const plan = planDeployment(enterprise());
    expect(plan.checklists!.bestPractices).toEqual([
      {
        id: "B1",
        title: "Regular full backups at a fitting interval",
        status: "pass",
        why: "Full database backups every 24 h (nightly or better).",
        rules: ["B1", "D5", "P2"],
      },
      {
        id: "B2",
        title: "Back up when usage is low",
        status: "pass",
        why: "Backups start at 01:00, inside 22:00-06:00 (assumed low-usage hours).",
        rules: ["B2"],
      },
      {
        id: "B3",
        title: "Software media and updates at hand",
        status: "pass",
        why: "Media and updates are at hand.",
        rules: ["B3"],
      },
      {
        id: "B4",
        title: "Hardware and software records kept",
        status: "unknown",
        why: "The deployment file does not record whether hardware and software records are kept.",
        rules: ["B4"],
      },
      {
        id: "B5",
        title: "Servers monitored proactively",
        status: "unknown",
        why: "The deployment file does not record server monitoring (the Monitoring Server role collects call data, not server health).",
        rules: ["B5"],
      },
      {
        id: "B6",
        title: "Restores tested end to end",
        status: "fail",
        why: "No end-to-end test restore has been done: the backups are unproven.",
        rules: ["B6"],
      },
      {
        id: "B7",
        title: "Staff trained, procedures documented, drills run",
        status: "pass",
        why: "Staff are trained and this plan documents the procedures; whether drills are run is not recorded.",
        rules: ["B7"],
      },
      {
        id: "B8",
        title: "Spare hardware, a short vendor SLA, or a standby site",
        status: "pass",
        why: "Covered by spare hardware for 1 of 8 servers.",
        rules: ["B8", "P5"],
      },
      {
        id: "B9",
        title: "Transaction logs and database files on separate volumes",
        status: "pass",
        why: ".ldf and .mdf files are on separate volumes.",
        rules: ["B9"],
      },
    ]);
  });
});

describe("litware-standard: the plan tables the rules produce", () => {
  it("which databases are backed up, how and when (D1-D5, D10, B1, B2, B10)", () => {
    const plan = planDeployment(standard());
    expect(plan.databaseBackups).toEqual([
      {
        database: "RTC",
        server: "ocsse1.litware.com",
        backUp: true,
        holds: "persistent user data: contact lists, allow and block lists, home pool, scheduled conferences",
        sizeGb: 3,
        rules: ["D1", "D5", "D10", "B10"],
        scheduler: "task-scheduler",
        tool: "Task Scheduler (schtasks) running sqlcmd with BACKUP DATABASE … WITH CHECKSUM and RESTORE VERIFYONLY: SQL Server 2005 Express has no SQL Server Agent",
        sqlTarget: "ocsse1.litware.com\\RTC",
        command:
          "sqlcmd -S ocsse1.litware.com\\RTC -E -b -Q \"BACKUP DATABASE [RTC] TO DISK = N'<dir>\\databases\\ocsse1.litware.com\\RTC-%STAMP%.bak' WITH CHECKSUM; RESTORE VERIFYONLY FROM DISK = N'<dir>\\databases\\ocsse1.litware.com\\RTC-%STAMP%.bak' WITH CHECKSUM\"",
        frequencyHours: 24,
        startTime: "01:00",
      },
      {
        database: "RTCConfig",
        server: "ocsse1.litware.com",
        backUp: false,
        holds: "global, pool and machine settings",
        sizeGb: 0.2,
        rules: ["D2"],
        reason: "not backed up: importing the LCSCmd settings exports rebuilds it",
      },
      {
        database: "RTCDyn",
        server: "ocsse1.litware.com",
        backUp: false,
        holds: "transient data: endpoints, subscriptions, conference state",
        sizeGb: 0.5,
        rules: ["D3"],
        reason: "not backed up: transient data that the servers recreate",
      },
      {
        database: "LCSLog",
        server: "arch1.litware.com",
        backUp: true,
        holds: "archived IM and conferencing content (Archiving Server)",
        sizeGb: 20,
        rules: ["D4", "D5", "D10", "B10"],
        scheduler: "sql-agent",
        tool: "SQL Server Agent job running BACKUP DATABASE … WITH CHECKSUM and RESTORE VERIFYONLY (full SQL Server)",
        sqlTarget: "arch1.litware.com",
        command:
          "sqlcmd -S arch1.litware.com -E -b -Q \"BACKUP DATABASE [LCSLog] TO DISK = N'<dir>\\databases\\arch1.litware.com\\LCSLog-%STAMP%.bak' WITH CHECKSUM; RESTORE VERIFYONLY FROM DISK = N'<dir>\\databases\\arch1.litware.com\\LCSLog-%STAMP%.bak' WITH CHECKSUM\"",
        frequencyHours: 24,
        startTime: "01:00",
      },
      {
        database: "RTCCDR",
        server: "mon1.litware.com",
        backUp: true,
        holds: "call detail records (Monitoring Server)",
        sizeGb: 4,
        rules: ["D4", "D5", "D10", "B10"],
        scheduler: "sql-agent",
        tool: "SQL Server Agent job running BACKUP DATABASE … WITH CHECKSUM and RESTORE VERIFYONLY (full SQL Server)",
        sqlTarget: "mon1.litware.com",
        command:
          "sqlcmd -S mon1.litware.com -E -b -Q \"BACKUP DATABASE [RTCCDR] TO DISK = N'<dir>\\databases\\mon1.litware.com\\RTCCDR-%STAMP%.bak' WITH CHECKSUM; RESTORE VERIFYONLY FROM DISK = N'<dir>\\databases\\mon1.litware.com\\RTCCDR-%STAMP%.bak' WITH CHECKSUM\"",
        frequencyHours: 24,
        startTime: "01:00",
      },
      {
        database: "QoEMetrics",
        server: "mon1.litware.com",
        backUp: true,
        holds: "quality of experience data (Monitoring Server)",
        sizeGb: 6,
        rules: ["D4", "D5", "D10", "B10"],
        scheduler: "sql-agent",
        tool: "SQL Server Agent job running BACKUP DATABASE … WITH CHECKSUM and RESTORE VERIFYONLY (full SQL Server)",
        sqlTarget: "mon1.litware.com",
        command:
          "sqlcmd -S mon1.litware.com -E -b -Q \"BACKUP DATABASE [QoEMetrics] TO DISK = N'<dir>\\databases\\mon1.litware.com\\QoEMetrics-%STAMP%.bak' WITH CHECKSUM; RESTORE VERIFYONLY FROM DISK = N'<dir>\\databases\\mon1.litware.com\\QoEMetrics-%STAMP%.bak' WITH CHECKSUM\"",
        frequencyHours: 24,
        startTime: "01:00",
      },
    ]);
  });

  it("which shares are backed up (D6) and which are not (D7)", () => {
    const plan = planDeployment(standard());
    expect(plan.fileShareBackups).toEqual([
      {
        content: "meeting-content",
        path: "C:\\Program Files\\Microsoft Office Communications Server 2007 R2\\Web Components\\Data MCU Web\\Web",
        backUp: true,
        holds: "uploaded meeting content: slide decks, Q&A logs, polls, chat",
        sizeGb: 8,
        host: "ocsse1.litware.com",
        rules: ["D6"],
        tool: "robocopy (built into Windows Server 2008; from the Windows Server 2003 Resource Kit Tools on 2003)",
        command:
          'robocopy "C:\\Program Files\\Microsoft Office Communications Server 2007 R2\\Web Components\\Data MCU Web\\Web" "<dir>\\shares\\meeting-content\\%STAMP%" /E /R:2 /W:30 /NP',
        frequencyHours: 24,
        startTime: "01:19",
      },
      {
        content: "meeting-metadata",
        path: "C:\\Program Files\\Microsoft Office Communications Server 2007 R2\\Web Components\\Data MCU Web\\Non-Web",
        backUp: true,
        holds: "XML describing the meeting content",
        sizeGb: 0.5,
        host: "ocsse1.litware.com",
        rules: ["D6"],
        tool: "robocopy (built into Windows Server 2008; from the Windows Server 2003 Resource Kit Tools on 2003)",
        command:
          'robocopy "C:\\Program Files\\Microsoft Office Communications Server 2007 R2\\Web Components\\Data MCU Web\\Non-Web" "<dir>\\shares\\meeting-metadata\\%STAMP%" /E /R:2 /W:30 /NP',
        frequencyHours: 24,
        startTime: "01:19",
      },
      {
        content: "compliance-log",
        path: "\\\\fs1\\ocs\\compliance",
        backUp: true,
        holds: "XML record of content uploads, with the uploaded content",
        sizeGb: 2,
        host: null,
        rules: ["D6"],
        tool: "robocopy (built into Windows Server 2008; from the Windows Server 2003 Resource Kit Tools on 2003)",
        command: 'robocopy "\\\\fs1\\ocs\\compliance" "<dir>\\shares\\compliance-log\\%STAMP%" /E /R:2 /W:30 /NP',
        frequencyHours: 24,
        startTime: "01:19",
      },
      {
        content: "address-book",
        path: "C:\\Program Files\\Microsoft Office Communications Server 2007 R2\\Web Components\\Address Book Files",
        backUp: false,
        holds: "address book download files",
        sizeGb: 1,
        host: "ocsse1.litware.com",
        rules: ["D7"],
        reason: "not backed up: the User Replicator regenerates the address book files",
        // D9: the hand-written normalization rules file lives in this folder and is copied on its own.
        note: "D9 Company_Phone_Number_Normalization_Rules.txt in this folder is written by hand: the shares job copies it to shares\\normalization-rules and fails when it is missing.",
      },
    ]);
  });

  it("the environmental dependencies backed up outside OCS (S6)", () => {
    const plan = planDeployment(standard());
    expect(plan.environmentBackups).toEqual([
      {
        id: "activeDirectory",
        dependency: "Active Directory Domain Services",
        subject: "litware.com",
        backedUp: true,
        action:
          "Back up the system state of at least one domain controller per domain with Windows Server Backup or your AD backup tool; keep the Directory Services Restore Mode password with the backup.",
        rules: ["S6"],
      },
      {
        id: "dns",
        dependency: "DNS",
        subject: "litware.com",
        backedUp: true,
        action:
          "Export the DNS zones that hold the OCS records (pool and server A records, the SIP SRV records for automatic sign-in and federation) or keep them AD-integrated and covered by the AD backup.",
        rules: ["S6"],
      },
      {
        id: "certificates",
        dependency: "Certificates",
        subject: "OCS server certificates",
        backedUp: false,
        action:
          "Export every OCS server certificate with its private key (Edge servers: the external certificates and the A/V authentication certificate) to protected storage, or document how to re-enroll them from your certification authority.",
        rules: ["S6"],
      },
    ]);
  });

  it("the rights each task needs, marked where unverified (S5, facts 3.4)", () => {
    const plan = planDeployment(standard());
    expect(plan.permissions).toEqual([
      {
        id: "export-settings",
        task: "Export settings with LCSCmd",
        rights: "Membership of RTCUniversalReadOnlyAdmins (or equivalent) and write permission on the export folder",
        verify: false,
        source: "Chapter 17, settings backup procedure step 1",
        rules: ["S5"],
      },
      {
        id: "import-settings",
        task: "Import settings with LCSCmd",
        rights: "RTCUniversalServerAdmins, plus local Administrators on the server being restored",
        verify: true,
        source: "Not stated for OCS 2007 R2; Lync Server 2013 requires RTCUniversalServerAdmins for its backup and restore cmdlets",
        rules: ["S1", "S7"],
      },
      {
        id: "back-up-databases",
        task: "Back up the SQL Server databases (RTC, LCSLog, RTCCDR, QoEMetrics)",
        rights: "A SQL Server login with the db_backupoperator role on each database (or sysadmin), and write access to the backup folder",
        verify: true,
        source: "SQL Server's own permission model; not stated in the OCS sources",
        rules: ["D1", "D4"],
      },
      {
        id: "restore-databases",
        task: "Restore the SQL Server databases",
        rights: "A SQL Server login with the sysadmin or dbcreator role on the rebuilt instance",
        verify: true,
        source: "SQL Server's own permission model; not stated in the OCS sources",
        rules: ["D1", "D4"],
      },
      {
        id: "back-up-files",
        task: "Back up and restore the meeting content and compliance log shares",
        rights: "Backup Operators (or Administrators) on the server holding the shares",
        verify: true,
        source: "Windows file backup practice; not stated in the OCS sources",
        rules: ["D6"],
      },
      {
        id: "forest-prep",
        task: "Rerun ForestPrep (and check it) after Active Directory is rebuilt",
        rights: "Enterprise Admins, or Domain Admins of the forest root domain",
        verify: false,
        source: "LCSCmd forest actions (facts 3.4)",
        rules: ["D8", "S1"],
      },
      {
        id: "domain-prep",
        task: "Rerun DomainPrep (and check it) in each user domain",
        rights: "Domain Admins of that domain",
        verify: false,
        source: "LCSCmd domain actions (facts 3.4)",
        rules: ["D8", "S1"],
      },
      {
        id: "create-pool",
        task: "Recreate a pool",
        rights: "Enterprise Admins or Domain Admins",
        verify: false,
        source: "LCSCmd pool actions (facts 3.4)",
        rules: ["S7"],
      },
      {
        id: "activate-server",
        task: "Install and activate a rebuilt server",
        rights: "Local Administrators on the server and RTCUniversalServerAdmins; ForestPrep and DomainPrep must be complete",
        verify: true,
        source: "Activation prerequisites are documented (facts 3.4); the group memberships are not",
        rules: ["S7"],
      },
      {
        id: "user-data",
        task: "Export and import user data with DBImpExp.exe",
        rights: "Read (export) and write (import) rights on the RTC database, run from the Standard Edition server or against the back end",
        verify: true,
        source: "Public DBImpExp scripts (third party); the rights are not documented",
        rules: ["D8"],
      },
      {
        id: "move-users",
        task: "Reassign users with the Move Users wizard",
        rights: "RTCUniversalUserAdmins (or RTCUniversalServerAdmins) and rights on the user objects",
        verify: true,
        source: "Not stated in the sources consulted",
        rules: ["Restore order"],
      },
    ]);
  });

  it("the best-practice checklist (B1-B9)", () => {
    const plan = planDeployment(standard());
    expect(plan.checklists!.bestPractices).toEqual([
      {
        id: "B1",
        title: "Regular full backups at a fitting interval",
        status: "pass",
        why: "Full database backups every 24 h (nightly or better).",
        rules: ["B1", "D5", "P2"],
      },
      {
        id: "B2",
        title: "Back up when usage is low",
        status: "pass",
        why: "Backups start at 01:00, inside 22:00-06:00 (assumed low-usage hours).",
        rules: ["B2"],
      },
      {
        id: "B3",
        title: "Software media and updates at hand",
        status: "pass",
        why: "Media and updates are at hand.",
        rules: ["B3"],
      },
      {
        id: "B4",
        title: "Hardware and software records kept",
        status: "unknown",
        why: "The deployment file does not record whether hardware and software records are kept.",
        rules: ["B4"],
      },
      {
        id: "B5",
        title: "Servers monitored proactively",
        status: "unknown",
        why: "The deployment file does not record server monitoring (the Monitoring Server role collects call data, not server health).",
        rules: ["B5"],
      },
      {
        id: "B6",
        title: "Restores tested end to end",
        status: "fail",
        why: "No end-to-end test restore has been done: the backups are unproven.",
        rules: ["B6"],
      },
      {
        id: "B7",
        title: "Staff trained, procedures documented, drills run",
        status: "fail",
        why: "Staff are not trained in disaster recovery: the estimates allow for slower work.",
        rules: ["B7"],
      },
      {
        id: "B8",
        title: "Spare hardware, a short vendor SLA, or a standby site",
        status: "fail",
        why: "No spare hardware or standby site, and the 24 h vendor SLA exceeds the strictest 8 h recovery target.",
        rules: ["B8", "P5"],
      },
      {
        id: "B9",
        title: "Transaction logs and database files on separate volumes",
        status: "pass",
        why: ".ldf and .mdf files are on separate volumes.",
        rules: ["B9"],
      },
    ]);
  });
});
