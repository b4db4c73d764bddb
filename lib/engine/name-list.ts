/** Names for a sentence: all of them up to `max`, else the first `max` and how many more. */
export function nameList(names: readonly string[], max: number): string {
  return names.length <= max ? names.join(", ") : `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
}

/** A count with its noun: "1 server", "3 servers". */
export const countOf = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;
