// Who is acting, for the audit log and approvals: until sign-in exists, the name a planner typed
// (the planner-name cookie), else "anonymous".
import { cookies } from "next/headers";
import { NAME_COOKIE } from "./planner-name";

export const ANONYMOUS = "anonymous";

export async function currentActor(): Promise<string> {
  try {
    const jar = await cookies();
    return jar.get(NAME_COOKIE)?.value?.trim() || ANONYMOUS;
  } catch {
    // Outside a request (scripts, tests).
    return ANONYMOUS;
  }
}
