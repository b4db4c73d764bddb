/** The rule ids behind a plan item (rules.md), so each line can be traced to its source. */
export function RuleIds({ rules }: { rules: readonly string[] }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {rules.map((r) => (
        <span key={r} className="rule-id" title={`Rule ${r} in the planning rules`}>
          {r}
        </span>
      ))}
    </span>
  );
}
