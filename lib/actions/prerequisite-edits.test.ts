// The editor's edits of certificates and DNS records, and the use given to certificates pasted from certutil.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCertutilStore } from "../formats/certificate-import";
import { enterpriseWithPrerequisites } from "../engine/testing/prerequisites-fixtures";
import { validateDeployment } from "../formats/parse-deployment";
import { addCertificates, certificatesFromCertutil, removeCertificate, removeDnsRecord } from "./prerequisite-edits";
import { removeServer, saveServer } from "./model-edits";
import type { DeploymentFile } from "../formats/deployment";

const draft = (): DeploymentFile => structuredClone(enterpriseWithPrerequisites()) as DeploymentFile;
const found = () => {
  const r = parseCertutilStore(readFileSync(path.join(__dirname, "../formats/fixtures/certutil-store-my.txt"), "utf8"));
  if (!r.ok) throw new Error("fixture");
  return r.certificates;
};

describe("certificates pasted from certutil", () => {
  it("gives each certificate the use its subject points to on the server", () => {
    const d = draft();
    d.certificates = [];
    const r = certificatesFromCertutil(d, "edge1.litware.com", found(), "\\\\vault01\\pfx\\");
    expect(r).toEqual({
      ok: true,
      certificates: [
        {
          server: "edge1.litware.com",
          use: "edge-internal",
          subject: "edge1.litware.com",
          issuer: "enterprise",
          expires: "2028-01-31",
          thumbprint: "3F2A9C0D5E6B7A8190A1B2C3D4E5F60718293A4B",
          keyBackup: "\\\\vault01\\pfx\\3F2A9C0D5E6B7A8190A1B2C3D4E5F60718293A4B.pfx",
        },
        {
          server: "edge1.litware.com",
          use: "access-edge-external",
          subject: "sip.litware.com",
          issuer: "public",
          expires: "2027-09-30",
          thumbprint: "9B8E7D6C5F4A3B2C1D0E9F8A7B6C5D4E3F2A1B0C",
        },
      ].map((c, i) => (i === 1 ? { ...c, keyBackup: "\\\\vault01\\pfx\\9B8E7D6C5F4A3B2C1D0E9F8A7B6C5D4E3F2A1B0C.pfx" } : c)),
    });
    if (!r.ok) return;
    addCertificates(d, r.certificates);
    expect(validateDeployment(d).ok).toBe(true);
  });

  it("refuses a certificate no need of the server fits, naming its line", () => {
    const r = certificatesFromCertutil(draft(), "dir1.litware.com", found(), undefined);
    expect(r).toEqual({
      ok: false,
      message:
        "line 2: cannot tell which use certificate edge1.litware.com has on dir1.litware.com (every certificate its roles need is listed or has another name): add it by hand or as CSV with its use",
    });
    expect(certificatesFromCertutil(draft(), "sql01.litware.com", found(), undefined)).toEqual({
      ok: false,
      message: "sql01.litware.com has no role that needs a certificate in the register",
    });
  });
});

describe("certificate and DNS record edits", () => {
  it("removes by index only when the row is still the one shown, and drops an emptied list", () => {
    const d = draft();
    expect(removeCertificate(d, 0, "webconf.litware.com")).toMatchObject({ ok: false });
    expect(removeCertificate(d, 0, "sip.litware.com")).toEqual({ ok: true, fields: {} });
    expect(d.certificates).toHaveLength(5);
    d.dnsRecords = [{ name: "sip.litware.com", type: "A", target: "203.0.113.10" }];
    expect(removeDnsRecord(d, 0, "sip.litware.com").ok).toBe(true);
    expect("dnsRecords" in d).toBe(false);
  });

  it("a renamed server keeps its certificates; a removed one takes them along", () => {
    const d = draft();
    const edge = d.servers.find((s) => s.fqdn === "edge1.litware.com")!;
    expect(saveServer(d, "edge1.litware.com", { ...edge, fqdn: "edge9.litware.com" }).ok).toBe(true);
    expect(d.certificates!.filter((c) => c.server === "edge9.litware.com")).toHaveLength(4);
    expect(d.servers.find((s) => s.fqdn === "edge9.litware.com")!.os).toBe("windows-server-2008");
    expect(removeServer(d, "edge9.litware.com").ok).toBe(true);
    expect(d.certificates!.map((c) => c.server)).toEqual(["ocspool1server1.litware.com", "ocspool1server2.litware.com"]);
    expect(validateDeployment(d).ok).toBe(true);
  });
});
