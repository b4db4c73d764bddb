// The register in the runbooks: ports, then each certificate installed from its key backup (or re-issued
// with the CA's lead time counted) before a rebuilt server's services start; DNS steps name the records.
import { describe, expect, it } from "vitest";
import { planDeployment } from "../plan";
import { enterprise } from "../testing/fixtures";
import { enterpriseWithPrerequisites } from "../testing/prerequisites-fixtures";
import type { Deployment } from "../../formats/deployment";
import type { Scenario } from "../../formats/plan";

const AS_OF = Date.parse("2026-12-08T00:00:00Z");
const scenario = (d: Deployment, id: string) => planDeployment(d, { asOfMs: AS_OF }).scenarios.find((s) => s.id === id)!;
const byTitle = (s: Scenario, title: string | RegExp) =>
  s.steps.find((x) => (typeof title === "string" ? x.title === title : title.test(x.title)))!;

describe("prerequisites in the rebuild of a server", () => {
  it("opens the Edge's ports, installs each certificate from its key backup, and re-issues the one without, before the check", () => {
    const s = scenario(enterpriseWithPrerequisites(), "loss-of-server:edge1.litware.com");
    const setup = byTitle(s, /^Install and activate .* on edge1\.litware\.com$/);
    const ports = byTitle(s, "Open the firewall ports of edge1.litware.com");
    const internal = byTitle(s, "Install certificate edge1.litware.com from \\\\vault01\\pfx\\edge-internal.pfx");
    const sip = byTitle(s, "Install certificate sip.litware.com from \\\\vault01\\pfx\\sip-external.pfx");
    const request = byTitle(s, "Re-issue certificate edge1.litware.com from the enterprise CA");
    const reissued = byTitle(s, "Install the re-issued certificate edge1.litware.com");
    const check = byTitle(s, "Check edge1.litware.com");
    expect(ports.dependsOn).toEqual([setup.order]);
    expect(ports.detail).toBe(
      "A rebuilt server has its firewall rules to set again (S11): 5061/tcp (federation and remote users), 443/tcp (remote users), 3478/udp (A/V media relay (STUN)). Open them on the perimeter firewalls too, towards the internal servers and the internet as the Edge role needs.",
    );
    expect(internal).toMatchObject({
      dependsOn: [ports.order],
      command: 'certutil -importPFX "\\\\vault01\\pfx\\edge-internal.pfx"',
      verify: true,
      rules: ["S9"],
    });
    expect(sip.dependsOn).toEqual([internal.order]);
    expect(sip.detail).toBe(
      "The Access Edge external certificate (public CA, expires 2027-09-30): import the PFX with its private key into the computer's personal store, then assign it to the role in the OCS snap-in before the services start (S9).",
    );
    // The request waits for the CA from the moment the loss is declared; the installation needs both.
    expect(request).toMatchObject({ waiting: true, minutes: 240, dependsOn: [1] });
    expect(reissued.dependsOn).toEqual([reissued.order - 1, request.order].sort((a, b) => a - b));
    expect(check.dependsOn.length).toBeGreaterThan(0);
    expect(check.order).toBeGreaterThan(reissued.order);
    expect(check.detail).toContain(
      "The records (S10): sip.litware.com A → 203.0.113.10; _sip._tls.litware.com SRV 443 → sip.litware.com:443; _sipfederationtls._tcp.litware.com SRV 5061 → sip.litware.com (not in the model).",
    );
  });

  it("counts a public CA vendor's response time as the lead time of a re-issue", () => {
    const d = enterpriseWithPrerequisites((x) => {
      delete x.certificates[0].keyBackup; // the Access Edge external certificate (public CA)
    });
    const withVendor = {
      ...d,
      vendors: [{ name: "Litware Public CA", supplies: "certificate-authority", phone: "+1 800 555 0177", responseHours: 72 }],
    } as Deployment;
    const s = scenario(withVendor, "loss-of-server:edge1.litware.com");
    expect(byTitle(s, "Re-issue certificate sip.litware.com from Litware Public CA")).toMatchObject({
      minutes: 72 * 60,
      waiting: true,
      detail:
        "The Access Edge external certificate has no key backup, so a new one must be issued (Litware Public CA answers within 72 h). Request it as soon as the loss is declared, with the same names (SAN sip.litware.com) (S9).",
    });
    // 72 hours of waiting now bound the Edge's recovery.
    expect(s.rtoHours).toBeGreaterThanOrEqual(72);
    expect(scenario(d, "loss-of-server:edge1.litware.com").rtoHours).toBeLessThan(72);
  });

  it("keeps the generic certificate step for a model without the fields", () => {
    const s = scenario(enterprise(), "loss-of-server:edge1.litware.com");
    expect(s.steps.filter((x) => /certificate/i.test(x.title)).map((x) => x.title)).toEqual([
      "Install the certificates on edge1.litware.com",
    ]);
    expect(s.steps.some((x) => /firewall ports/.test(x.title))).toBe(false);
  });
});
