// The role matrix: every way into the app's server code and the role it requires. One row per page,
// layout, generateMetadata, route handler method and server action, checked against the code by
// role-matrix.test.ts (through the TypeScript compiler): a new entry point without a row, a row
// without an entry point, a missing check or a check of another role fails the test.
//
// The policy (policyRole below): reads need "viewer", writes "planner", user administration "admin".
// A row below its policy needs its reason in BELOW_POLICY. "public" means no check at all.
import type { Role } from "./roles";

export type Access = Role | "public";

export const ROLE_MATRIX: Record<string, Access> = {
  // Layouts (they check too, so nothing of a deployment renders before the check)
  "layout /": "public",
  "layout /deployments/[id]": "viewer",
  "layout /deployments/[id]/model": "viewer",

  // Pages
  "page /": "viewer",
  "page /account": "viewer",
  "page /admin/users": "admin",
  "page /audit": "viewer",
  "page /compare": "viewer",
  "page /deployments/[id]": "viewer",
  "page /deployments/[id]/assumptions": "viewer",
  "page /deployments/[id]/checklists": "viewer",
  "page /deployments/[id]/drills": "viewer",
  "page /deployments/[id]/exercises": "viewer",
  "page /deployments/[id]/evidence": "viewer",
  "page /deployments/[id]/gaps": "viewer",
  "page /deployments/[id]/register": "viewer",
  "page /deployments/[id]/model": "viewer",
  "page /deployments/[id]/model/backup": "viewer",
  "page /deployments/[id]/model/databases": "viewer",
  "page /deployments/[id]/model/dependencies": "viewer",
  "page /deployments/[id]/model/certificates": "viewer",
  "page /deployments/[id]/model/file-shares": "viewer",
  "page /deployments/[id]/model/pools": "viewer",
  "page /deployments/[id]/model/people": "viewer",
  "page /deployments/[id]/model/priorities": "viewer",
  "page /deployments/[id]/model/recovery": "viewer",
  "page /deployments/[id]/model/servers": "viewer",
  "page /deployments/[id]/model/servers/[fqdn]": "viewer",
  "page /deployments/[id]/model/servers/new": "planner",
  "page /deployments/[id]/model/sites": "viewer",
  "page /deployments/[id]/plan": "viewer",
  "page /deployments/[id]/contingency-plan": "viewer",
  "page /deployments/[id]/runbooks": "viewer",
  "page /deployments/[id]/runs": "viewer",
  "page /deployments/[id]/runs/[runId]": "viewer",
  "page /deployments/[id]/runs/[runId]/report": "viewer",
  "page /deployments/[id]/runbooks/[scenario]": "viewer",
  "page /deployments/[id]/runbooks/[scenario]/print": "viewer",
  "page /deployments/[id]/successor": "viewer",
  "page /deployments/[id]/timeline": "viewer",
  "page /deployments/[id]/topology": "viewer",
  "page /deployments/[id]/versions": "viewer",
  "page /deployments/[id]/versions/[number]": "viewer",
  "page /deployments/[id]/versions/[number]/runbooks/[scenario]/print": "viewer",
  "page /deployments/new": "planner",
  "page /forbidden": "viewer",
  "page /import": "planner",
  "page /setup": "public",
  "page /sign-in": "public",

  // generateMetadata (Next runs it beside the page, not after the page's check)
  "metadata /deployments/[id]/model/servers/[fqdn]": "public",
  "metadata /deployments/[id]/runbooks/[scenario]": "public",

  // Route handlers, by HTTP method
  "GET /api/auth/[...all]": "public",
  "POST /api/auth/[...all]": "public",
  "GET /api/deployments": "viewer",
  "POST /api/deployments": "planner",
  "DELETE /api/deployments/[id]": "planner",
  "GET /api/deployments/[id]": "viewer",
  "PUT /api/deployments/[id]": "planner",
  "GET /api/deployments/[id]/jobs": "viewer",
  "GET /api/deployments/[id]/plan": "viewer",
  "GET /api/deployments/[id]/runs/[runId]": "viewer",
  "GET /deployments/[id]/runs/[runId]/report/markdown": "viewer",
  "GET /deployments/[id]/runs/[runId]/report/pdf": "viewer",
  "POST /api/plan": "viewer",
  "POST /api/deployments/[id]/evidence": "planner",
  "POST /api/deployments/[id]/evidence/preview": "planner",
  "GET /deployments/[id]/runbooks/[scenario]/markdown": "viewer",
  "GET /deployments/[id]/runbooks/[scenario]/pdf": "viewer",
  "GET /deployments/[id]/contingency-plan/docx": "viewer",
  "GET /deployments/[id]/contingency-plan/pdf": "viewer",
  "GET /deployments/[id]/contingency-plan/markdown": "viewer",

  // Server actions
  "action lib/server-actions/account#changePasswordAction": "viewer",
  "action lib/server-actions/assumptions#saveAssumptionsAction": "planner",
  "action lib/server-actions/checklists#resetChecklistAction": "planner",
  "action lib/server-actions/people#saveContactsAction": "planner",
  "action lib/server-actions/people#saveVendorsAction": "planner",
  "action lib/server-actions/checklists#toggleTickAction": "planner",
  "action lib/server-actions/deployments#deleteDeploymentAction": "planner",
  "action lib/server-actions/deployments#duplicateDeploymentAction": "planner",
  "action lib/server-actions/deployments#renameDeploymentAction": "planner",
  "action lib/server-actions/drills#acceptCalibrationAction": "planner",
  "action lib/server-actions/drills#deleteDrillAction": "planner",
  "action lib/server-actions/exercises#setExerciseIntervalAction": "planner",
  "action lib/server-actions/drills#recordDrillAction": "planner",
  "action lib/server-actions/runs#startFailbackRunAction": "planner",
  "action lib/server-actions/runs#chooseBranchAction": "planner",
  "action lib/server-actions/runs#finishRunAction": "planner",
  "action lib/server-actions/runs#runStepAction": "planner",
  "action lib/server-actions/runs#startRunAction": "planner",
  "action lib/server-actions/evidence#createEvidenceTokenAction": "planner",
  "action lib/server-actions/evidence#revokeEvidenceTokenAction": "planner",
  "action lib/server-actions/gaps#acceptGapAction": "planner",
  "action lib/server-actions/gaps#reopenGapAction": "planner",
  "action lib/server-actions/what-if#tryRecommendationAction": "planner",
  "action lib/server-actions/what-if#applyWhatIfAction": "planner",
  "action lib/server-actions/what-if#discardWhatIfAction": "planner",
  "action lib/server-actions/import#confirmImport": "planner",
  "action lib/server-actions/import#previewImport": "planner",
  "action lib/server-actions/model#addPoolAction": "planner",
  "action lib/server-actions/model#addWorkloadAction": "planner",
  "action lib/server-actions/model#removeDatabaseAction": "planner",
  "action lib/server-actions/model#removeFileShareAction": "planner",
  "action lib/server-actions/model#removePoolAction": "planner",
  "action lib/server-actions/model#removeServerAction": "planner",
  "action lib/server-actions/model#removeSiteAction": "planner",
  "action lib/server-actions/model#saveBackupAction": "planner",
  "action lib/server-actions/model#saveDatabaseAction": "planner",
  "action lib/server-actions/model#saveDependenciesAction": "planner",
  "action lib/server-actions/model#saveFileShareAction": "planner",
  "action lib/server-actions/model#saveGeneralAction": "planner",
  "action lib/server-actions/model#savePoolAction": "planner",
  "action lib/server-actions/model#savePrioritiesAction": "planner",
  "action lib/server-actions/model#saveRecoveryAction": "planner",
  "action lib/server-actions/model#saveServerAction": "planner",
  "action lib/server-actions/prerequisites#addCertificateAction": "planner",
  "action lib/server-actions/prerequisites#removeCertificateAction": "planner",
  "action lib/server-actions/prerequisites#importCertificatesAction": "planner",
  "action lib/server-actions/prerequisites#addDnsRecordAction": "planner",
  "action lib/server-actions/prerequisites#removeDnsRecordAction": "planner",
  "action lib/server-actions/model#saveSiteAction": "planner",
  "action lib/server-actions/new-deployment#createDeploymentAction": "planner",
  "action lib/server-actions/setup#setUpAction": "public",
  "action lib/server-actions/sign-in#signInAction": "public",
  "action lib/server-actions/sign-in#signOutAction": "public",
  "action lib/server-actions/users#addUserAction": "admin",
  "action lib/server-actions/users#removeUserAction": "admin",
  "action lib/server-actions/users#resetPasswordAction": "admin",
  "action lib/server-actions/users#setDisabledAction": "admin",
  "action lib/server-actions/users#setRoleAction": "admin",
  "action lib/server-actions/versions#approveVersionAction": "planner",
};

/** Rows allowed below the policy's role, each with its reason. */
export const BELOW_POLICY: Record<string, string> = {
  "layout /": "the root layout renders only the page shell; every page below it checks for itself",
  "page /sign-in": "signing in",
  "page /setup": "first-run set-up: creates the first admin while no account exists, refused afterwards",
  "action lib/server-actions/sign-in#signInAction": "signing in",
  "action lib/server-actions/sign-in#signOutAction": "signing out ends the caller's own session",
  "action lib/server-actions/setup#setUpAction": "first-run set-up, refused once any account exists (lib/commands/accounts.ts)",
  "metadata /deployments/[id]/model/servers/[fqdn]": "builds the title from the URL alone and reads no data",
  "metadata /deployments/[id]/runbooks/[scenario]": "builds the title from the URL alone and reads no data",
  "GET /api/auth/[...all]": "only get-session is served (lib/auth/endpoint-allow-list.ts); everything else is 404",
  "POST /api/auth/[...all]":
    "only sign-in and sign-out are served (lib/auth/endpoint-allow-list.ts); account changes go through the audited commands",
  "POST /api/plan": "computes a plan from the posted file and stores nothing",
  "action lib/server-actions/account#changePasswordAction": "changes only the signed-in user's own password",
};

const ADMIN_AREAS = [/^(page|layout|metadata) \/admin(\/|$)/, /^[A-Z]+ \/api\/admin(\/|$)/, /^action lib\/server-actions\/users#/];
const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The role a row needs by policy: user administration admin, writes (actions, write methods) planner, reads viewer. */
export function policyRole(key: string): Role {
  if (ADMIN_AREAS.some((area) => area.test(key))) return "admin";
  const kind = key.slice(0, key.indexOf(" "));
  if (kind === "action" || WRITE_METHODS.has(kind)) return "planner";
  return "viewer";
}
