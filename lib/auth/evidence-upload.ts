// Who may upload evidence for a deployment: a signed-in planner, or that deployment's upload token
// (Authorization: Bearer ocsev_…). A token opens this one route of its own deployment and nothing
// else: every other route checks sessions only (authorizeApi), and a token is no session.
import { prisma } from "../db/client";
import { authorizeEvidenceToken } from "../commands/evidence";
import { failure } from "../http/responses";
import { actorName, authorizeApi } from "./server";

export interface EvidenceUploader {
  actor: string;
  token?: { id: string; name: string; prefix: string };
}

export async function authorizeEvidenceUpload(request: Request, deploymentId: string): Promise<EvidenceUploader | Response> {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) return failure('Authorization must be "Bearer <upload token>"', 401);
    const checked = await authorizeEvidenceToken(prisma, { deploymentId, token: m[1] });
    if (!checked.ok) return failure(checked.message, checked.status);
    return { actor: checked.actor, token: checked.token };
  }
  const user = await authorizeApi(request, "planner");
  if (user instanceof Response) return user;
  return { actor: actorName(user) };
}
