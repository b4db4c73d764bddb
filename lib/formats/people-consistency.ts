// Consistency rules of Extension 2's people and business-impact fields (deployment-format.md
// "Extension 2"; rules P7, P8). Run by checkConsistency after the schema; each problem names its JSON path.
import type { Deployment } from "./deployment";
import type { Problem } from "./problems";

const err = (path: string, message: string, rule: string): Problem => ({ path, message, severity: "error", rule });
const warn = (path: string, message: string, rule: string): Problem => ({ path, message, severity: "warning", rule });

export function checkPeople(d: Deployment): Problem[] {
  const problems: Problem[] = [];
  const contacts = d.contacts ?? [];
  const index = new Map<string, number>();
  contacts.forEach((c, i) => {
    const first = index.get(c.name);
    if (first === undefined) index.set(c.name, i);
    else problems.push(err(`contacts[${i}].name`, `duplicate contact name "${c.name}" (first used at index ${first})`, "P7"));
  });

  contacts.forEach((c, i) => {
    const at = `contacts[${i}]`;
    if (c.alternate !== undefined) {
      if (c.alternate === c.name) problems.push(err(`${at}.alternate`, "a contact cannot be their own alternate", "P7"));
      else if (!index.has(c.alternate)) problems.push(err(`${at}.alternate`, `"${c.alternate}" is not a contact in contacts`, "P7"));
    }
    (c.calls ?? []).forEach((callee, j) => {
      if (!index.has(callee)) problems.push(err(`${at}.calls[${j}]`, `"${callee}" is not a contact in contacts`, "P7"));
    });
  });

  const cycle = firstCycle(contacts, index);
  if (cycle)
    problems.push(
      warn(
        `contacts[${cycle.from}].calls[${cycle.call}]`,
        `the call tree has a cycle (${cycle.names.join(" → ")}): someone would be called twice`,
        "P7",
      ),
    );

  const called = new Set(contacts.flatMap((c) => c.calls ?? []));
  contacts.forEach((c, i) => {
    if (!called.has(c.name) && !c.roles.includes("iscp-director"))
      problems.push(warn(`contacts[${i}]`, `nobody calls ${c.name}: add them to someone's calls, or they are never told`, "P7"));
  });

  d.priorities.workloads.forEach((w, i) => {
    if (w.mtdHours !== undefined && w.mtdHours < w.rtoHours)
      problems.push(
        err(
          `priorities.workloads[${i}].mtdHours`,
          `the maximum tolerable downtime (${w.mtdHours} h) is shorter than the recovery time target (${w.rtoHours} h); MTD >= RTO`,
          "P8",
        ),
      );
  });
  return problems;
}

/** The first cycle of the call graph (depth first, in file order), as the call that closes it and the names on it. */
function firstCycle(
  contacts: NonNullable<Deployment["contacts"]>,
  index: Map<string, number>,
): { from: number; call: number; names: string[] } | null {
  const state = new Array<0 | 1 | 2>(contacts.length).fill(0); // 0 unvisited, 1 on the stack, 2 done
  const stack: number[] = [];
  const visit = (i: number): { from: number; call: number; names: string[] } | null => {
    state[i] = 1;
    stack.push(i);
    const calls = contacts[i].calls ?? [];
    for (let j = 0; j < calls.length; j++) {
      const k = index.get(calls[j]);
      if (k === undefined) continue;
      if (state[k] === 1) {
        const names = stack.slice(stack.indexOf(k)).map((n) => contacts[n].name);
        return { from: i, call: j, names: [...names, contacts[k].name] };
      }
      if (state[k] === 0) {
        const found = visit(k);
        if (found) return found;
      }
    }
    stack.pop();
    state[i] = 2;
    return null;
  };
  for (let i = 0; i < contacts.length; i++) {
    if (state[i] !== 0) continue;
    const found = visit(i);
    if (found) return found;
  }
  return null;
}
