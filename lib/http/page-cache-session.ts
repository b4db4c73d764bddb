// What the rendered-page cache checks before it answers from a kept page (lib/http/proxy-page-cache.ts):
// the session the one cookie better-auth reads names is live (signed by the auth secret, in the session
// table, not expired, its account not disabled), and the content generations the page depends on.
import type { Db } from "../db/client";
import { readDeploymentPageGeneration } from "../db/content-generation";
import { isSignedBy } from "../auth/session-cookie";
import type { PageStamp } from "./page-cache";

/** The deployment a cached page belongs to ("/deployments/<id>" and its query), or null. */
export function deploymentOfPage(pathAndQuery: string): string | null {
  const m = /^\/deployments\/([^/?#]+)(?:[?#]|$)/.exec(pathAndQuery);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

export interface SessionCheck {
  token: string;
  signature: string;
  /** The secret better-auth signs session cookies with. */
  secret: string;
}

/** Whether the cookie's session is one better-auth would accept now, and the generation of the page's deployment. */
export async function sessionPageStamp(db: Db, session: SessionCheck, deploymentId: string, now = Date.now()): Promise<PageStamp> {
  if (!isSignedBy(session.secret, session.token, session.signature)) return { generation: "", liveSession: false };
  const [generation, row] = await Promise.all([
    readDeploymentPageGeneration(db, deploymentId),
    db.session.findUnique({ where: { token: session.token }, select: { expiresAt: true, user: { select: { banned: true } } } }),
  ]);
  return { generation, liveSession: row !== null && row.expiresAt.getTime() > now && row.user.banned !== true };
}
