// Who is acting, for the audit log: the signed-in user, or "anonymous" outside a request (scripts, tests).
import { actorName, currentUser } from "../auth/server";

export const ANONYMOUS = "anonymous";

export async function currentActor(): Promise<string> {
  try {
    const user = await currentUser();
    return user ? actorName(user) : ANONYMOUS;
  } catch {
    // Outside a request (scripts, tests).
    return ANONYMOUS;
  }
}
