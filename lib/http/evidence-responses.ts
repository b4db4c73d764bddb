// JSON answers for refused evidence files: every problem with its line and column.
import type { EvidenceFailure } from "../commands/evidence";
import { describeEvidenceProblem } from "../formats/evidence";
import { failure, json } from "./responses";

export function evidenceFailure(result: EvidenceFailure): Response {
  if ("notFound" in result) return failure("no such deployment", 404);
  return json(
    {
      error: result.message,
      errorCount: result.errorCount,
      errors: result.errors.map((e) => ({
        line: e.line,
        column: e.column,
        field: e.field,
        message: e.message,
        text: describeEvidenceProblem(e),
      })),
    },
    422,
  );
}
