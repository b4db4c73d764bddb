// The contingency plan as PDF, read back with unpdf: the headings, the DRAFT mark and page numbers on
// every page, the steps with their escalation thresholds.
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { planDeployment } from "../../engine/plan";
import { validateDeployment } from "../../formats/parse-deployment";
import { extension2Example } from "../../formats/testing/extension-2-example";
import { buildIscpDocument } from "./document";
import { renderIscpPdf } from "./pdf";

describe("the contingency plan as PDF", () => {
  it("carries NIST's headings, the DRAFT mark and 'Page n of m' on every page", async () => {
    const r = validateDeployment(extension2Example());
    if (!r.ok) throw new Error("example invalid");
    const doc = buildIscpDocument({
      deployment: r.deployment,
      deploymentVersion: 2,
      plan: planDeployment(r.deployment),
      versions: [],
      exercises: null,
      lastTested: null,
      producedOn: new Date("2026-12-01T09:00:00Z"),
    });
    const pdf = await getDocumentProxy(new Uint8Array(await renderIscpPdf(doc)));
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    expect(totalPages).toBeGreaterThan(10);
    text.forEach((page, i) => {
      expect(page).toContain("DRAFT: not an approved plan version");
      expect(page).toContain(`Page ${i + 1} of ${totalPages}`);
    });
    const all = text.join("\n");
    for (const h of [
      "Plan Approval",
      "3.1 Activation Criteria and Procedure",
      "4.3 Recovery Escalation Notices/Awareness",
      "Appendix M: Document Change Page",
    ])
      expect(all).toContain(h);
    expect(all).toContain("escalate after");
    expect(all).not.toContain("<dir>");
  });
});
