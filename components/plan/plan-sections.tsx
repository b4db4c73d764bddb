// The backup plan page's sections (app/deployments/[id]/plan/page.tsx composes them).
import Link from "next/link";
import type { Plan } from "@/lib/engine/plan";
import type { Role } from "@/lib/formats/enums";
import { ROLE_LABELS } from "@/lib/view/labels";
import { Command } from "./command";
import { RuleIds } from "./rule-ids";
import { MeetsBadge } from "./severity-badge";

const hours = (h?: number) =>
  h === undefined ? "—" : h % 24 === 0 && h >= 24 ? `every ${h / 24 === 1 ? "day" : `${h / 24} days`}` : `every ${h} h`;

export function PlanNotes({ warnings }: { warnings: Plan["warnings"] }) {
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="notes-h" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="notes-h" className="font-semibold text-amber-900">
        Notes on this plan
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-amber-900">
        {warnings.map((w, i) => (
          <li key={i}>
            {w.path ? <code className="code">{w.path}</code> : null} {w.message} {w.rule ? <span className="rule-id">{w.rule}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SettingsExportsSection({ plan, deploymentId, destination }: { plan: Plan; deploymentId: string; destination?: string }) {
  return (
    <section aria-labelledby="exports-h" className="card mb-6">
      <h2 id="exports-h" className="text-lg font-semibold">
        Settings exports with LCSCmd
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Global and pool settings once per pool, from the Standard Edition server or one front end; machine settings from every OCS server,
        each to a date-stamped file (<code className="code">%STAMP%</code> is the run&apos;s yyyyMMdd-HHmmss, set by the job pack&apos;s
        scripts).
        {destination ? (
          <>
            {" "}
            They write under <code className="code">{destination}</code>.
          </>
        ) : (
          <>
            {" "}
            No backup destination is modelled, so the commands keep the <code className="code">&lt;dir&gt;</code> placeholder: set it under{" "}
            <Link href={`/deployments/${deploymentId}/model/backup`}>Backup practice</Link>.
          </>
        )}
        {plan.settingsExports[0]?.startTime ? (
          <> The export jobs start at {plan.settingsExports[0].startTime}, in the plan&apos;s backup window.</>
        ) : null}
      </p>
      <div className="mt-3 overflow-x-auto">
        <table className="table" data-testid="settings-exports">
          <thead>
            <tr>
              <th scope="col">Levels</th>
              <th scope="col">Run on</th>
              <th scope="col">Covers</th>
              <th scope="col" className="w-1/2">
                Command
              </th>
              <th scope="col">Rules</th>
            </tr>
          </thead>
          <tbody>
            {plan.settingsExports.map((e) => (
              <tr key={`${e.levels.join()}-${e.server}`}>
                <td className="whitespace-nowrap font-medium">{e.levels.join(" + ")}</td>
                <td className="font-mono text-xs">{e.server}</td>
                <td className="text-xs">
                  {e.pool ? <div>pool {e.pool}</div> : null}
                  {e.roles?.map((r) => ROLE_LABELS[r as Role] ?? r).join(", ")}
                  {e.note ? <div className="mt-1 text-slate-600">{e.note}</div> : null}
                </td>
                <td>
                  <Command command={e.command} />
                </td>
                <td>
                  <RuleIds rules={e.rules} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="mt-4 font-semibold">After each export</h3>
      <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm">
        {plan.postExportChecks.map((c) => (
          <li key={c.id}>
            <span className="font-medium">{c.task}</span> — {c.detail} <RuleIds rules={c.rules} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function DatabasesSection({ plan }: { plan: Plan }) {
  const backedUpDbs = plan.databaseBackups.filter((b) => b.backUp);
  const skippedDbs = plan.databaseBackups.filter((b) => !b.backUp);
  return (
    <section aria-labelledby="db-h" className="card mb-6">
      <h2 id="db-h" className="text-lg font-semibold">
        Databases
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Full backups only (the only kind OCS 2007 R2 supports), each checked with RESTORE VERIFYONLY. Full SQL Server schedules them with a
        SQL Server Agent job; SQL Server 2005 Express (Standard Edition) has no Agent, so Task Scheduler runs sqlcmd there.
        {backedUpDbs[0]?.startTime ? <> They start at {backedUpDbs[0].startTime}.</> : null}
      </p>
      <table className="table mt-3" data-testid="database-backups">
        <thead>
          <tr>
            <th scope="col">Database</th>
            <th scope="col">Server</th>
            <th scope="col">Decision</th>
            <th scope="col">Tool / reason</th>
            <th scope="col" className="text-right">
              Size
            </th>
            <th scope="col">Rules</th>
          </tr>
        </thead>
        <tbody>
          {[...backedUpDbs, ...skippedDbs].map((b) => (
            <tr key={`${b.database}@${b.server}`}>
              <td>
                <span className="font-mono text-xs font-semibold">{b.database}</span>
                {b.holds ? <div className="text-xs text-slate-600">{b.holds}</div> : null}
              </td>
              <td className="font-mono text-xs">{b.server}</td>
              <td>
                {b.backUp ? (
                  <span className="font-medium text-emerald-800">Back up, {hours(b.frequencyHours)}</span>
                ) : (
                  <span className="font-medium text-slate-600">Not backed up</span>
                )}
              </td>
              <td className="text-sm">
                {b.backUp ? b.tool : b.reason}
                {b.sqlTarget ? <div className="font-mono text-xs text-slate-600">sqlcmd -S {b.sqlTarget}</div> : null}
                {b.command ? <Command command={b.command} /> : null}
                {b.note ? <div className="text-xs text-slate-600">{b.note}</div> : null}
              </td>
              <td className="text-right tabular-nums">{b.sizeGb !== undefined ? `${b.sizeGb} GB` : "—"}</td>
              <td>
                <RuleIds rules={b.rules} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function FileSharesSection({ plan }: { plan: Plan }) {
  return (
    <section aria-labelledby="shares-h" className="card mb-6">
      <h2 id="shares-h" className="text-lg font-semibold">
        File shares
      </h2>
      {plan.fileShareBackups.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          No file shares are listed in the model. Add the meeting content, metadata and compliance log shares in the model.
        </p>
      ) : (
        <table className="table mt-3" data-testid="share-backups">
          <thead>
            <tr>
              <th scope="col">Content</th>
              <th scope="col">Path</th>
              <th scope="col">Decision</th>
              <th scope="col">Tool / reason</th>
              <th scope="col">Rules</th>
            </tr>
          </thead>
          <tbody>
            {plan.fileShareBackups.map((f) => (
              <tr key={`${f.content}@${f.path}`}>
                <td>
                  <span className="font-medium">{f.content}</span>
                  {f.holds ? <div className="text-xs text-slate-600">{f.holds}</div> : null}
                </td>
                <td className="break-all font-mono text-xs">{f.path}</td>
                <td>
                  {f.backUp ? (
                    <span className="font-medium text-emerald-800">Back up, {hours(f.frequencyHours)}</span>
                  ) : (
                    <span className="font-medium text-slate-600">Not backed up</span>
                  )}
                </td>
                <td className="text-sm">
                  {f.backUp ? f.tool : f.reason}
                  {f.command ? <Command command={f.command} /> : null}
                  {f.startTime ? <div className="text-xs text-slate-600">starts at {f.startTime}</div> : null}
                </td>
                <td>
                  <RuleIds rules={f.rules} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function EnvironmentSection({ plan }: { plan: Plan }) {
  return (
    <section aria-labelledby="env-h" className="card mb-6">
      <h2 id="env-h" className="text-lg font-semibold">
        Environmental dependencies (backed up outside OCS)
      </h2>
      <ul className="mt-3 divide-y divide-slate-100">
        {plan.environmentBackups.map((e) => (
          <li key={e.id} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
            <div>
              <span className="font-medium">{e.dependency}</span> <span className="text-slate-500">{e.subject}</span>
              <div className="text-slate-700">{e.action}</div>
            </div>
            <div className="flex items-center gap-2">
              {e.backedUp === null ? (
                <span className="text-xs text-slate-500">not stated</span>
              ) : e.backedUp ? (
                <span className="text-xs font-semibold text-emerald-800">backed up</span>
              ) : (
                <span className="text-xs font-semibold text-red-800">not backed up</span>
              )}
              <RuleIds rules={e.rules} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PermissionsSection({ plan }: { plan: Plan }) {
  return (
    <section aria-labelledby="perm-h" className="card mb-6">
      <h2 id="perm-h" className="text-lg font-semibold">
        Permissions needed
      </h2>
      <table className="table mt-3">
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Rights</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {plan.permissions.map((p) => (
            <tr key={p.id}>
              <td className="font-medium">{p.task}</td>
              <td>
                {p.rights}
                {p.verify ? (
                  <div className="text-xs text-amber-800">Not stated for OCS 2007 R2 in the sources: confirm before relying on it.</div>
                ) : null}
              </td>
              <td className="text-xs text-slate-600">{p.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function RpoTable({ rpo }: { rpo: Plan["rpo"] }) {
  return (
    <section className="card mt-6" aria-labelledby="rpo-h" id="rpo">
      <h2 id="rpo-h" className="font-semibold">
        Data loss against target
      </h2>
      <p className="mt-1 text-xs text-slate-600">
        A target is judged by the interval between full backups (P2, D5): a nightly full backup meets a 24 h target. “Could lose up to” adds
        the backup&apos;s own run time.
      </p>
      <table className="table mt-2">
        <thead>
          <tr>
            <th scope="col">Data</th>
            <th scope="col">Where</th>
            <th scope="col" className="text-right">
              Could lose up to
            </th>
            <th scope="col" className="text-right">
              Target
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rpo.map((r) => (
            <tr key={`${r.data}@${r.subject ?? ""}`}>
              <td className="font-medium">{r.data}</td>
              <td className="break-all font-mono text-xs">{r.subject ?? "—"}</td>
              <td className="text-right tabular-nums">{r.hours} h</td>
              <td className="text-right tabular-nums">{r.targetHours === null ? "—" : `${r.targetHours} h`}</td>
              <td>
                <MeetsBadge meets={r.meets} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
