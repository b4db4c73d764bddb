// The contingency plan as DOCX, read back with fflate: Word's heading styles, a TOC field, page numbers,
// the DRAFT mark in the header, tables, no <dir> placeholder and no secrets.
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { planDeployment } from "../../engine/plan";
import { validateDeployment } from "../../formats/parse-deployment";
import { extension2Example } from "../../formats/testing/extension-2-example";
import { buildIscpDocument, type IscpInput } from "./document";
import { renderIscpDocx } from "./docx";

function inputOf(extra: Partial<IscpInput> = {}): IscpInput {
  const r = validateDeployment(extension2Example());
  if (!r.ok) throw new Error("example invalid");
  return {
    deployment: r.deployment,
    deploymentVersion: 4,
    plan: planDeployment(r.deployment),
    versions: [],
    exercises: null,
    lastTested: null,
    producedOn: new Date("2026-12-01T09:00:00Z"),
    ...extra,
  };
}

async function readBack(input: IscpInput) {
  const files = unzipSync(await renderIscpDocx(buildIscpDocument(input)));
  const part = (name: string) => strFromU8(files[name]);
  const headerNames = Object.keys(files).filter((f) => /^word\/header\d*\.xml$/.test(f));
  const footerNames = Object.keys(files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
  return {
    files,
    document: part("word/document.xml"),
    headers: headerNames.map(part).join(""),
    footers: footerNames.map(part).join(""),
    all: Object.keys(files)
      .filter((f) => f.endsWith(".xml"))
      .map(part)
      .join(""),
  };
}

/** The text of each paragraph with the given style, in order. */
const styled = (xml: string, style: string) =>
  [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="([^"]+)"\/>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
    .filter((m) => m[1] === style)
    .map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));

describe("the contingency plan as DOCX", () => {
  it("uses Word's heading styles for NIST's headings, with a TOC field and page numbers", async () => {
    const { document, footers } = await readBack(inputOf());
    const h1 = styled(document, "Heading1");
    expect(h1.slice(0, 6)).toEqual([
      "Plan Approval",
      "1 Introduction",
      "2 Concept of Operations",
      "3 Activation and Notification",
      "4 Recovery",
      "5 Reconstitution",
    ]);
    expect(h1.at(-1)).toBe("Appendix M: Document Change Page");
    expect(styled(document, "Heading2")).toContain("3.2 Notification");
    expect(styled(document, "Heading3")[0]).toBe("C.1 Loss of Active Directory");
    expect(document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    expect(footers).toContain(">PAGE<");
    expect(footers).toContain(">NUMPAGES<");
  });

  it("has tables: the activation criteria, the contact and vendor lists", async () => {
    const { document } = await readBack(inputOf());
    const tables = document.split("<w:tbl>").length - 1;
    expect(tables).toBeGreaterThanOrEqual(15);
    expect(document).toContain("Activate when the outage is expected to outlast");
    expect(document).toContain("Contoso Hardware Services");
    expect(document).toContain("HW-2291");
  });

  it("marks every page DRAFT until the version is approved, and not after", async () => {
    const draft = await readBack(inputOf());
    expect(draft.headers).toContain("DRAFT: not an approved plan version");
    const approved = await readBack(
      inputOf({
        versions: [{ number: 7, deploymentVersion: 4, approvedBy: "Maria Lopez", approvedAt: new Date("2026-11-30T12:00:00Z"), note: "" }],
      }),
    );
    expect(approved.headers).not.toContain("DRAFT");
    expect(approved.headers).toContain("Approved plan version 7");
    expect(approved.document).not.toContain("DRAFT");
  });

  it("keeps no <dir> placeholder and no secrets", async () => {
    const { all } = await readBack(inputOf());
    expect(all).not.toContain("&lt;dir&gt;");
    expect(all).not.toContain("<dir>");
    expect(all).toContain("\\\\backup01\\ocs");
    expect(all).not.toMatch(/ocsev_|scrypt\$|BEGIN (RSA )?PRIVATE KEY|passw(or)?d\s*[:=]/i);
  });
});
