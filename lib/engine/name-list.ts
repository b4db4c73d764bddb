/** Names for a sentence: all of them up to `max`, else the first `max` and how many more. */
export function nameList(names: readonly string[], max: number): string {
  return names.length <= max ? names.join(", ") : `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
}
