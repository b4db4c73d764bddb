// Restore prerequisites (issue 28): the register page of a deployment with certificates and DNS records,
// the runbook step that names a certificate and where its key is, and the paste import in the editor.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { importExample, unique } from "./fixtures";

type Json = Record<string, unknown>;

/** The Enterprise example with certificates (one expired, one without a key backup) and two DNS records. */
const withCertificates = (d: Json) => {
  for (const s of d.servers as Json[]) s.os = "windows-server-2008";
  d.certificates = [
    {
      server: "edge1.litware.com",
      use: "access-edge-external",
      subject: "sip.litware.com",
      issuer: "public",
      expires: "2020-06-30",
      keyBackup: "\\\\vault01\\pfx\\sip-external.pfx",
    },
    { server: "edge1.litware.com", use: "edge-internal", subject: "edge1.litware.com", issuer: "enterprise", expires: "2099-01-31" },
  ];
  d.dnsRecords = [
    { name: "ocspool1.litware.com", type: "A", target: "10.0.0.20" },
    { name: "_sipinternaltls._tcp.litware.com", type: "SRV", target: "ocspool1.litware.com", port: 5061 },
  ];
};

test("the register page lists every certificate, record, port and product, with what is wrong", async ({ page, request }) => {
  const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Register"), withCertificates);
  await page.goto(`/deployments/${id}`);
  await page.getByRole("navigation", { name: "Deployment sections" }).getByRole("link", { name: "Register" }).click();
  await expect(page.getByRole("heading", { name: "Restore prerequisites", level: 1 })).toBeVisible();

  const certificates = page.getByTestId("register-certificates");
  const sip = certificates.locator('tr[data-use="access-edge-external"]');
  await expect(sip).toHaveAttribute("data-status", "expired");
  await expect(sip).toContainText("sip.litware.com");
  await expect(sip).toContainText("\\\\vault01\\pfx\\sip-external.pfx");
  const internal = certificates.locator('tr[data-use="edge-internal"]');
  await expect(internal).toHaveAttribute("data-status", "ok");
  await expect(internal).toContainText("no key backup");
  await expect(certificates.locator('tr[data-use="av-authentication"]')).toHaveAttribute("data-status", "missing");

  const dns = page.getByTestId("register-dns");
  await expect(dns.locator('tr[data-name="_sipinternaltls._tcp.litware.com"]')).toHaveAttribute("data-status", "listed");
  await expect(dns.locator('tr[data-name="_sipfederationtls._tcp.litware.com"]')).toHaveAttribute("data-status", "missing");
  await expect(page.getByTestId("register-ports")).toContainText("3478/udp (A/V media relay (STUN))");
  await expect(page.getByTestId("register-lifecycle")).toContainText("Office Communications Server 2007 R2");
  await expect(page.getByTestId("register-lifecycle")).toContainText("2018-01-09");
  await expect(
    page.getByTestId("register-gaps").locator('[data-gap="certificate-expired:edge1.litware.com:access-edge-external"]'),
  ).toBeVisible();
});

test("a runbook step names the certificate and where its key is", async ({ page, request }) => {
  const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Register runbook"), withCertificates);
  await page.goto(`/deployments/${id}/runbooks/${encodeURIComponent("loss-of-server:edge1.litware.com")}`);
  await expect(page.getByText("Install certificate sip.litware.com from \\\\vault01\\pfx\\sip-external.pfx").first()).toBeVisible();
  await expect(page.getByText('certutil -importPFX "\\\\vault01\\pfx\\sip-external.pfx"').first()).toBeVisible();
  await expect(page.getByText("Re-issue certificate edge1.litware.com from the enterprise CA").first()).toBeVisible();
  await expect(page.getByText("Open the firewall ports of edge1.litware.com").first()).toBeVisible();
});

test("certificates pasted from certutil: a hostile subject is refused by line, a clean paste is added", async ({ page, request }) => {
  const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Register import"), (d) => {
    d.certificates = [];
    d.dnsRecords = [];
  });
  await page.goto(`/deployments/${id}/model/certificates`);
  const form = page.getByRole("form", { name: "Import certificates" });
  await form.getByLabel("Server it comes from").selectOption("edge1.litware.com");
  const block = (subject: string, hash: string) =>
    [
      "================ Certificate 0 ================",
      "Issuer: CN=Contoso Public Issuing CA 2, O=Contoso Trust, C=US",
      " NotAfter: 9/30/2027 11:59 PM",
      `Subject: ${subject}`,
      `Cert Hash(sha1): ${hash}`,
    ].join("\n");
  await form
    .getByLabel("Pasted text")
    .fill(block('CN=sip.litware.com & calc.exe, O="<b>x</b>"', "9b8e7d6c5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c"));
  await form.getByRole("button", { name: "Import certificates" }).click();
  await expect(form).toContainText('line 4: Subject: expected a DNS name such as "sip.litware.com"');

  await form.getByLabel("Pasted text").fill(block("CN=sip.litware.com, O=Litware", "9b8e7d6c5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c"));
  await form.getByRole("button", { name: "Import certificates" }).click();
  await expect(page.getByTestId("model-certificates")).toContainText("sip.litware.com");
  await expect(page.getByTestId("model-certificates")).toContainText("access-edge-external");
});

test("the register page and the certificates editor have no serious accessibility violations", async ({ page, request }) => {
  const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Register a11y"), withCertificates);
  for (const path of [`/deployments/${id}/register`, `/deployments/${id}/model/certificates`]) {
    expect((await page.goto(path))?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(
      serious.map(
        (v) =>
          `${path} ${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(" | ")})`,
      ),
    ).toEqual([]);
  }
});
