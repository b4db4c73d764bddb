// A deployment's stored assumption values (JSON) as overrides for the engine; anything unreadable is none.
import type { Assumptions } from "../engine/assumptions";

export function parseAssumptionOverrides(values: string | null | undefined): Partial<Assumptions> {
  if (!values) return {};
  try {
    const parsed: unknown = JSON.parse(values);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Partial<Assumptions>) : {};
  } catch {
    return {};
  }
}
