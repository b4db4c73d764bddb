// The three roles of the planner and what each may do. Roles are ordered: each includes the ones below.
//   viewer  — reads every page, prints and downloads runbooks and plans
//   planner — also creates, imports, edits, approves and deletes deployments, ticks checklists, records drills
//   admin   — also manages users
export const ROLES = ["viewer", "planner", "admin"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 0, planner: 1, admin: 2 };

export const isRole = (value: unknown): value is Role => typeof value === "string" && (ROLES as readonly string[]).includes(value);

/** Whether someone holding `held` may do what needs `needed`. Unknown roles may do nothing. */
export function allows(held: string | null | undefined, needed: Role): boolean {
  return isRole(held) && RANK[held] >= RANK[needed];
}

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: "Reads every page, prints runbooks, downloads plans.",
  planner: "Also creates, imports, edits, approves and deletes deployments; ticks checklists; records drills.",
  admin: "Also adds users, changes their roles, resets passwords and disables accounts.",
};
