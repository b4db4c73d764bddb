// The accounts the Playwright server is seeded with (scripts/e2e-server.mjs), and the saved
// sign-in of each (written by auth.setup.ts). Specs run as the planner unless they say otherwise.
import path from "node:path";

export const E2E_PASSWORD = "e2e password for tests";
export const E2E_USERS = {
  admin: { email: "ada.admin@e2e.test", name: "Ada Admin" },
  planner: { email: "pat.planner@e2e.test", name: "Pat Planner" },
  viewer: { email: "vic.viewer@e2e.test", name: "Vic Viewer" },
} as const;
export type E2ERole = keyof typeof E2E_USERS;

const port = process.env.E2E_PORT || "3100";
export const storageStateOf = (role: E2ERole) => path.join("test-results", `auth-${port}`, `${role}.json`);
