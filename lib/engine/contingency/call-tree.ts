// The call tree of the contingency plan (rule P7, facts 9.1): who notifies whom, starting at the
// activation authority (the first contact holding iscp-director), following each contact's `calls` in
// the order listed, depth first. A person already reached is not called again (a cycle in the file is
// a warning there); contacts the tree never reaches are listed apart, so nobody silently drops out.
import type { Contact } from "../../formats/extension-2-people";

export interface CallTreeNode {
  contact: Contact;
  calls: CallTreeNode[];
}

export interface CallTree {
  root: CallTreeNode | null;
  /** Contacts the tree does not reach, in file order. */
  unreached: Contact[];
}

export const activationAuthority = (contacts: readonly Contact[]): Contact | null =>
  contacts.find((c) => c.roles.includes("iscp-director")) ?? null;

export function callTree(contacts: readonly Contact[]): CallTree {
  const byName = new Map(contacts.map((c) => [c.name, c]));
  const root = activationAuthority(contacts);
  if (!root) return { root: null, unreached: [...contacts] };
  const reached = new Set<string>([root.name]);
  const grow = (c: Contact): CallTreeNode => {
    const children: Contact[] = [];
    for (const name of c.calls ?? []) {
      const callee = byName.get(name);
      if (!callee || reached.has(name)) continue;
      reached.add(name);
      children.push(callee);
    }
    return { contact: c, calls: children.map(grow) };
  };
  // Breadth of one level is claimed before descending, so a person listed by the director is called by
  // the director even when someone lower in the tree also lists them.
  const tree = grow(root);
  return { root: tree, unreached: contacts.filter((c) => !reached.has(c.name)) };
}

/** The tree in calling order (depth first), with each person's depth and who calls them. */
export function callOrder(tree: CallTree): { contact: Contact; depth: number; calledBy: string | null }[] {
  const out: { contact: Contact; depth: number; calledBy: string | null }[] = [];
  const walk = (n: CallTreeNode, depth: number, calledBy: string | null) => {
    out.push({ contact: n.contact, depth, calledBy });
    for (const c of n.calls) walk(c, depth + 1, n.contact.name);
  };
  if (tree.root) walk(tree.root, 0, null);
  return out;
}
