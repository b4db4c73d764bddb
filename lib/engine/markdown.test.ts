// The printed plan.
import { beforeEach, describe, expect, it } from "vitest";
import { planToMarkdown } from "./markdown";
import { planDeployment } from "./plan";
import { enterprise, standard } from "./testing/fixtures";

describe("planToMarkdown", () => {
  // Printed again before each test, so mutation testing links the engine's code to these tests.
  let md: string;
  beforeEach(() => {
    md = planToMarkdown(planDeployment(enterprise()));
  });

  it("has the sections a printed plan needs, in reading order", () => {
    const headings = md.split("\n").filter((l) => /^##? /.test(l));
    expect(headings).toEqual([
      "# Backup and restore plan: Litware headquarters (Enterprise, consolidated)",
      "## Coverage gaps",
      "## Backup",
      "## Checklists",
      "## Data loss (RPO)",
      "## Restore runbooks",
      "## Warnings",
      "## Assumptions",
    ]);
  });

  it("puts every export command in a code block", () => {
    expect(md).toContain(
      '  ```\n  lcscmd /config /action:export /level:global,pool /configfile:"<dir>\\settings\\ocspool1-global-pool-%STAMP%.xml" /poolname:ocspool1\n  ```',
    );
    expect(md).toContain(
      'lcscmd /config /action:export /level:machine /configfile:"<dir>\\settings\\edge1.litware.com-machine-%STAMP%.xml" /fqdn:edge1.litware.com',
    );
  });

  it("tables the database and share decisions", () => {
    expect(md).toContain("| RTCDyn | sql01.litware.com | no | not backed up: transient data that the servers recreate | 2 | – | D3 |");
    expect(md).toContain("| address-book | \\\\fs01\\ocs\\abs | no |");
  });

  it("numbers each scenario's steps, with commands, and marks what must be verified", () => {
    expect(md).toContain("### Loss of dir1.litware.com (Director)");
    expect(md).toMatch(/\n1\. \*\*Assess the loss of dir1\.litware\.com\*\*/);
    expect(md).toMatch(/\n2\. \*\*Take the Director out of the path\*\* ⚠ \*verify before use\*/);
    expect(md).toMatch(/\n\d+\. \*\*Import the machine-level settings of dir1\.litware\.com\*\* ⚠ \*verify before use\*/);
    expect(md).toContain(
      '   ```\n   lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\dir1.litware.com-machine-<latest stamp>.xml" /fqdn:dir1.litware.com\n   ```',
    );
  });

  it("lists the gaps and the checklists", () => {
    expect(md).toMatch(/- \*\*CRITICAL\*\* `archiving-rpo-over-target:arch1\.litware\.com`/);
    expect(md).toContain("- [ ] Export the machine-level settings of dir1.litware.com (every 168 h)");
    expect(md).toMatch(/\| B6 \| Restores tested end to end \| fail \|/);
  });

  it("prints the alternative path of the Active Directory runbook", () => {
    expect(md).toContain("#### Alternative: Active Directory rebuilt");
  });

  it("escapes table cells", () => {
    expect(planToMarkdown(planDeployment(standard((d) => (d.fileShares[2].path = "\\\\fs1\\a|b"))))).toContain("\\\\fs1\\a\\|b");
  });
});
