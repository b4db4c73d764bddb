// npm run plan with Extension 2's prerequisites: --as-of (default now) judges certificate expiry without
// --evidence, and an evidence file's certificate rows keep the register current.
import { describe, expect, it } from "vitest";
import { runPlanCli } from "./plan-command";
import { planSchema } from "../lib/formats/plan";
import { standardWithPrerequisites } from "../lib/engine/testing/prerequisites-fixtures";

const deployment = JSON.stringify(standardWithPrerequisites());
const io = (evidence = "") => ({
  readFile: (p: string) => (p.endsWith(".csv") ? evidence : deployment),
  fileSize: () => 100,
  now: () => Date.parse("2027-01-10T12:00:00Z"),
});
const edgeInternal = (stdout: string) =>
  planSchema.parse(JSON.parse(stdout)).register!.certificates.find((c) => c.use === "access-edge-external")!;

describe("npm run plan -- <file> [--as-of <time>] with certificates", () => {
  it("judges expiry at --as-of without --evidence, and at the current time without it", () => {
    const at = runPlanCli(["d.json", "--as-of", "2026-12-08T00:00:00Z"], io());
    expect(at.exitCode).toBe(0);
    expect(edgeInternal(at.stdout)).toMatchObject({ daysLeft: 74, status: "expiring" });
    expect(edgeInternal(runPlanCli(["d.json"], io()).stdout)).toMatchObject({ daysLeft: 41, status: "expiring" });
  });

  it("takes the expiry from the latest certificate row of the evidence, and lists unknown thumbprints as found", () => {
    const evidence = [
      "kind,server,item,finishedAt,sizeBytes,result,expiresAt",
      // ocsse1's listed certificate, renewed: the store now holds it until 2029.
      "certificate,ocsse1.litware.com,0a1b2c3d4e5f60718293a4b5c6d7e8f901234567,2026-12-01T03:10:00Z,,ok,2027-01-15T12:00:00Z",
      "certificate,ocsse1.litware.com,0A1B2C3D4E5F60718293A4B5C6D7E8F901234567,2026-12-07T03:10:00Z,,ok,2029-01-15T12:00:00Z",
      "certificate,edge1.litware.com,FFEEDDCCBBAA99887766554433221100FFEEDDCC,2026-12-07T03:11:00Z,,ok,2027-06-01T00:00:00+02:00",
      "database,ocsse1.litware.com,RTC,2026-12-07T01:42:10Z,12884901,ok,",
    ].join("\r\n");
    const r = runPlanCli(["d.json", "--evidence", "e.csv", "--as-of", "2026-12-08T00:00:00Z"], io(evidence));
    expect(r.exitCode, r.stderr).toBe(0);
    const register = planSchema.parse(JSON.parse(r.stdout)).register!;
    expect(register.certificates[0]).toMatchObject({
      server: "ocsse1.litware.com",
      expires: "2029-01-15",
      daysLeft: 769,
      status: "ok",
      seen: { at: "2026-12-07T03:10:00.000Z", expiresAt: "2029-01-15T12:00:00.000Z" },
    });
    expect(register.found).toEqual([
      {
        server: "edge1.litware.com",
        thumbprint: "FFEEDDCCBBAA99887766554433221100FFEEDDCC",
        expiresAt: "2027-05-31T22:00:00.000Z",
        readAt: "2026-12-07T03:11:00.000Z",
        rules: ["S9"],
      },
    ]);
  });
});
