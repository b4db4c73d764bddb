// The register page's view: the plan's register when the model records prerequisites, else what the roles
// would need; and the certificates named on the exercises page.
import { describe, expect, it } from "vitest";
import { planDeployment } from "../engine/plan";
import { enterprise } from "../engine/testing/fixtures";
import { standardWithPrerequisites } from "../engine/testing/prerequisites-fixtures";
import { certificatesExpiringBy, registerPage } from "./register-page";

const AS_OF = Date.parse("2026-12-08T00:00:00Z");

describe("register page", () => {
  it("shows what the roles need for a model that records no prerequisites, every certificate missing", () => {
    const d = enterprise();
    const view = registerPage(planDeployment(d, { asOfMs: AS_OF }), d, AS_OF);
    expect(view.recorded).toBe(false);
    expect(view.counts).toEqual({ certificates: 9, attention: 9, missing: 9, dnsMissing: 5 });
    expect(view.gaps.filter((g) => g.id.startsWith("certificate-missing:"))).toHaveLength(9);
    expect(view.ports.map((p) => p.label)).toEqual(["Front end", "Access Edge", "A/V Edge"]);
  });

  it("uses the plan's register when the model records them", () => {
    const d = standardWithPrerequisites();
    const plan = planDeployment(d, { asOfMs: AS_OF });
    const view = registerPage(plan, d, AS_OF);
    expect(view.recorded).toBe(true);
    expect(view.register).toBe(plan.register);
    expect(view.counts).toEqual({ certificates: 6, attention: 5, missing: 2, dnsMissing: 1 });
    expect(view.ports.find((p) => p.role === "standard-edition")!.ports.slice(0, 2)).toEqual([
      { port: "5060/tcp", purpose: "SIP" },
      { port: "5061/tcp", purpose: "SIP over TLS (MTLS between servers)" },
    ]);
  });

  it("names the certificates that expire on or before the next exercise, soonest first", () => {
    const plan = planDeployment(standardWithPrerequisites(), { asOfMs: AS_OF });
    expect(certificatesExpiringBy(plan.register, "2027-01-15").map((c) => [c.subject, c.expires])).toEqual([
      ["edge1.litware.com", "2026-11-30"],
      ["ocsse1.litware.com", "2027-01-15"],
    ]);
    expect(certificatesExpiringBy(plan.register, "2026-11-29")).toEqual([]);
    expect(certificatesExpiringBy(undefined, "2030-01-01")).toEqual([]);
  });
});

describe("register page with evidence certificate rows", () => {
  it("judges the register again with the readings: expiry from the store, unknown thumbprints found", () => {
    const d = standardWithPrerequisites();
    const plan = planDeployment(d, { asOfMs: AS_OF });
    const read = Date.parse("2026-12-07T03:00:00Z");
    const view = registerPage(plan, d, AS_OF, [
      {
        line: 2,
        server: "ocsse1.litware.com",
        thumbprint: "0A1B2C3D4E5F60718293A4B5C6D7E8F901234567",
        readAtMs: read,
        expiresAtMs: Date.parse("2026-12-20T00:00:00Z"),
        result: "ok",
      },
      {
        line: 3,
        server: "edge1.litware.com",
        thumbprint: "F".repeat(40),
        readAtMs: read,
        expiresAtMs: Date.parse("2027-05-01T00:00:00Z"),
        result: "ok",
      },
    ]);
    expect(view.register.certificates[0]).toMatchObject({ expires: "2026-12-20", daysLeft: 12, status: "expiring" });
    expect(view.gaps.map((g) => g.id)).toContain("certificate-expiring:ocsse1.litware.com:standard-edition");
    expect(view.register.found.map((f) => [f.server, f.thumbprint])).toEqual([["edge1.litware.com", "F".repeat(40)]]);
  });
});
