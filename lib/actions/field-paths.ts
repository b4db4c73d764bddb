// From the JSON paths of problems (`servers[3].roles[1]`) to the fields of the form that edits them,
// so each error is shown beside the input it is about and the rest in the form's summary.
import type { z } from "zod";
import { formatPath, type Problem } from "../formats/problems";

/** Errors that belong to the form as a whole rather than to one of its fields. */
export const FORM_FIELD = "_form";

export type FieldErrors = Record<string, string[]>;

/** True when `path` is `prefix` or lies below it (`servers[3]` covers `servers[3].roles[1]`, not `servers[30]`). */
export function isPathWithin(path: string, prefix: string): boolean {
  if (prefix === "") return true;
  return path === prefix || path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
}

/** The first property name of a relative path: `.roles[1]` -> `roles`; `` -> the form itself. */
export function firstSegment(subPath: string): string {
  return subPath.replace(/^\./, "").split(/[.[]/)[0] || FORM_FIELD;
}

/**
 * The form field for a JSON path, from a table of path prefixes to field names; the longest matching
 * prefix wins, so `servers[1]` -> "backEndFqdn" can sit beside `servers[1].site` -> "siteName".
 */
export function fieldForPath(path: string, table: Readonly<Record<string, string>>): string | undefined {
  let best: string | undefined;
  for (const prefix of Object.keys(table)) {
    if (isPathWithin(path, prefix) && (best === undefined || prefix.length > best.length)) best = prefix;
  }
  return best === undefined ? undefined : table[best];
}

function add(into: FieldErrors, field: string, message: string) {
  const list = (into[field] ??= []);
  if (!list.includes(message)) list.push(message);
}

const withRule = (p: Problem) => p.message + (p.rule ? ` (rule ${p.rule})` : "");

/** Splits problems into errors beside fields (via `fieldOf`) and the rest, described with their path. */
export function problemsToFields(
  problems: readonly Problem[],
  fieldOf: (path: string) => string | undefined,
): { fieldErrors: FieldErrors; otherErrors: string[] } {
  const fieldErrors: FieldErrors = {};
  const otherErrors: string[] = [];
  for (const p of problems) {
    const field = fieldOf(p.path);
    if (field !== undefined) add(fieldErrors, field, withRule(p));
    else {
      const line = `${p.path || "(deployment)"}: ${withRule(p)}`;
      if (!otherErrors.includes(line)) otherErrors.push(line);
    }
  }
  return { fieldErrors, otherErrors };
}

/**
 * The issues of a sub-schema's safeParse by form field. Paths are relative to the entity, so by
 * default the first segment is the field (`roles[2]` -> "roles"); pass `fieldOf` to rename.
 */
export function zodFieldErrors(error: z.ZodError, fieldOf: (path: string) => string = firstSegment): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add(out, FORM_FIELD, `unknown field "${key}"`);
    } else {
      add(out, fieldOf(formatPath(issue.path)), issue.message);
    }
  }
  return out;
}

export const countErrors = (fieldErrors: FieldErrors = {}, otherErrors: readonly string[] = []) =>
  Object.values(fieldErrors).reduce((n, list) => n + list.length, 0) + otherErrors.length;

/** The summary line of a refused save. */
export function nothingSaved(fieldErrors?: FieldErrors, otherErrors?: readonly string[]): string {
  const n = countErrors(fieldErrors, otherErrors);
  return n === 0 ? "Nothing was saved." : `Nothing was saved: ${n === 1 ? "1 problem" : `${n} problems`} to fix.`;
}
