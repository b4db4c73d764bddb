// The plan's `successor` section (rule M1): the same deployment on Lync Server 2013 or Skype for
// Business Server 2015/2019. Pure: the deployment, its plan and a target in, the section out.
//   const plan = planDeployment(d);
//   const withExit = { ...plan, successor: successorFor(d, plan, "lync-2013") };
import type { Deployment } from "../../formats/deployment";
import type { SuccessorSection, SuccessorTarget } from "../../formats/plan-successor";
import { canonicalOrder } from "../canonical-order";
import type { Plan } from "../plan";
import { successorBackups } from "./backup-map";
import { migrationSteps, premigrationSteps } from "./migration";
import { successorResilience } from "./resilience";
import { parseSuccessorTarget, TARGETS } from "./targets";

export { parseSuccessorTarget };

export interface SuccessorOptions {
  /** Judge the successor's own end of support as of this day (YYYY-MM-DD); absent: not judged. */
  asOfDay?: string;
}

const NOT_TESTED =
  "Nothing here was tried by this planner: documented steps follow Microsoft's published procedures, inferred steps are the planner's reading of them. Rehearse the migration in a lab first.";

const EFFORT =
  "Hours are hands-on effort from this plan's assumptions (the same ones its runbooks use), added one after another: not an elapsed time, and without ordering hardware, change windows or the pace of the users' move.";

const sumHours = (minutes: (number | undefined)[]) => Math.round((minutes.reduce<number>((t, m) => t + (m ?? 0), 0) / 60) * 10) / 10;

export function successorFor(file: Deployment, plan: Plan, target: SuccessorTarget, options: SuccessorOptions = {}): SuccessorSection {
  const d = canonicalOrder(file);
  const facts = TARGETS[target];
  const a = plan.assumptions;
  const supported = facts.paths.length > 0;
  const premigration = supported ? premigrationSteps(d, plan, a) : [];
  const migration = migrationSteps(d, facts, a);
  const supportEnded = options.asOfDay === undefined ? undefined : options.asOfDay > facts.supportEndsOn;
  const notes = [NOT_TESTED, ...(supported ? [EFFORT] : [])];
  if (supportEnded)
    notes.push(
      `${facts.product}'s own support ended on ${facts.supportEndsOn}: as of ${options.asOfDay} it is out of support itself, so it can only be a step towards a supported platform.`,
    );
  return {
    target,
    product: facts.product,
    supported,
    paths: facts.paths,
    reasons: facts.reasons,
    pathSource: facts.pathSource,
    supportEndsOn: facts.supportEndsOn,
    supportSource: facts.supportSource,
    supportBasis: "documented",
    ...(supportEnded === undefined ? {} : { supportEnded }),
    notes,
    premigration,
    migration,
    estimate: {
      premigrationHours: sumHours(premigration.map((s) => s.minutes)),
      migrationHours: sumHours(migration.map((s) => s.minutes)),
      perPool: d.pools.map((p) => ({ pool: p.name, hours: sumHours(migration.filter((s) => s.pool === p.name).map((s) => s.minutes)) })),
    },
    ...successorBackups(d, plan),
    resilience: successorResilience(d, plan, facts, a),
    rules: ["M1"],
  };
}

/** The plan with the section of the target named in a request (`?successor=`); null leaves the plan as it is. */
export function planWithSuccessor(
  d: Deployment,
  plan: Plan,
  value: string | null,
  asOfDay: string,
): { ok: true; plan: Plan } | { ok: false; message: string } {
  if (value === null) return { ok: true, plan };
  const t = parseSuccessorTarget(value);
  return t.ok ? { ok: true, plan: { ...plan, successor: successorFor(d, plan, t.target, { asOfDay }) } } : t;
}
