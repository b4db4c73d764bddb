// Signs each seeded account in once through the HTTP sign-in endpoint and saves its cookies, so
// specs start signed in (test.use({ storageState: storageStateOf("viewer") }) to switch).
import { test as setup, expect } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS, storageStateOf, type E2ERole } from "./users";

for (const role of Object.keys(E2E_USERS) as E2ERole[]) {
  setup(`sign in as ${role}`, async ({ request }) => {
    const response = await request.post("/api/auth/sign-in/email", { data: { email: E2E_USERS[role].email, password: E2E_PASSWORD } });
    expect(response.status(), await response.text()).toBe(200);
    await request.storageState({ path: storageStateOf(role) });
  });
}
