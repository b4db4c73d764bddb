// Contingency plan document benchmark (issue 27): the document of the web benchmark's 500-server
// deployment (20 pools, seed 11), built from its plan and rendered as DOCX and as PDF; median of a few
// runs after one warm-up. Targets: DOCX under 2 s, PDF under 5 s (document build included in each).
import { planDeployment } from "../lib/engine/plan";
import { generateDeployment } from "../lib/engine/testing/generate";
import { buildIscpDocument } from "../lib/print/iscp/document";
import { renderIscpDocx } from "../lib/print/iscp/docx";
import { iscpMarkdown } from "../lib/print/iscp/markdown";
import { renderIscpPdf } from "../lib/print/iscp/pdf";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(runs: number, work: () => Promise<number>): Promise<{ ms: number; bytes: number }> {
  let bytes = await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    bytes = await work();
    times.push(performance.now() - start);
  }
  return { ms: median(times), bytes };
}

export async function main(): Promise<void> {
  const d = generateDeployment({ servers: 500, pools: 20, seed: 11 });
  const plan = planDeployment(d);
  const build = () =>
    buildIscpDocument({
      deployment: d,
      deploymentVersion: 1,
      plan,
      versions: [],
      exercises: null,
      lastTested: null,
      producedOn: new Date(),
    });
  const md = await timed(3, async () => iscpMarkdown(build()).length);
  const docx = await timed(3, async () => (await renderIscpDocx(build())).length);
  const pdf = await timed(3, async () => (await renderIscpPdf(build())).length);
  console.log(`contingency plan, 500 servers (20 pools), ${plan.scenarios.length} runbooks:`);
  console.log(`  Markdown ${md.ms.toFixed(0)} ms median (${md.bytes} characters)`);
  console.log(`  DOCX     ${docx.ms.toFixed(0)} ms median (${docx.bytes} bytes; target < 2000 ms: ${docx.ms < 2000 ? "within" : "OVER"})`);
  console.log(`  PDF      ${pdf.ms.toFixed(0)} ms median (${pdf.bytes} bytes; target < 5000 ms: ${pdf.ms < 5000 ? "within" : "OVER"})`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
