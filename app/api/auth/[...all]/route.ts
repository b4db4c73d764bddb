// better-auth's HTTP endpoints (sign-in, sign-out, session, admin). It checks sessions and roles
// itself; self sign-up is switched off (lib/auth/create-auth.ts).
import { getAuth } from "@/lib/auth/server";

const handle = async (request: Request) => (await getAuth()).handler(request);

export { handle as GET, handle as POST };
