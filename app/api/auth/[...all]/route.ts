// better-auth's HTTP endpoints, deny by default: only sign-in, sign-out and get-session answer
// (lib/auth/endpoint-allow-list.ts, a plugin of the auth instance); everything else is 404. Account
// changes go through the audited commands (lib/commands/accounts.ts), never through better-auth's admin endpoints.
import { getAuth } from "@/lib/auth/server";

const handle = async (request: Request) => (await getAuth()).handler(request);

export { handle as GET, handle as POST };
