// --evidence <file> [--as-of <time>] of npm run plan: the evidence file read and checked, the as-of time
// parsed. Problems come back as the lines the CLI prints (each naming line and column, or the option).
import { describeEvidenceProblem, MAX_EVIDENCE_BYTES, parseEvidenceCsv, parseZonedTime } from "../lib/formats/evidence";
import type { EvidenceInput } from "../lib/engine/evidence";
import type { CertificateReading } from "../lib/formats/evidence";
import type { CliIo } from "./plan-command";

export function readEvidenceOption(
  file: string,
  asOf: string | undefined,
  io: CliIo,
): { ok: true; input: EvidenceInput; certificates: CertificateReading[] } | { ok: false; stderr: string } {
  let asOfMs = io.now?.() ?? Date.now();
  if (asOf !== undefined) {
    const t = parseZonedTime(asOf);
    if (!t.ok) return { ok: false, stderr: `error: --as-of: ${t.message}\n` };
    asOfMs = t.ms;
  }
  let text: string;
  try {
    if (io.fileSize(file) > MAX_EVIDENCE_BYTES)
      return { ok: false, stderr: `error: ${file}: the evidence file is larger than ${MAX_EVIDENCE_BYTES / 1048576} MB\n` };
    text = io.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, stderr: `error: cannot read ${file}${code ? ` (${code})` : ""}\n` };
  }
  const parsed = parseEvidenceCsv(text);
  if (!parsed.ok) {
    const lines = parsed.errors.map((p) => `error: ${file}: ${describeEvidenceProblem(p)}\n`).join("");
    const more =
      parsed.errorCount > parsed.errors.length
        ? `error: ${file}: ${parsed.errorCount - parsed.errors.length} more problems not listed\n`
        : "";
    return { ok: false, stderr: lines + more };
  }
  return { ok: true, input: { runs: parsed.runs, asOfMs }, certificates: parsed.certificates };
}
