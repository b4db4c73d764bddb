import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadPlan, planDayMs } from "@/lib/planning/load-plan";
import { certificateUseLabel, needsAttention, registerPage } from "@/lib/view/register-page";
import { scenarioHref } from "@/lib/view/urls";
import { PageHeader } from "@/components/ui/page-header";
import { RuleIds } from "@/components/plan/rule-ids";
import { SeverityBadge } from "@/components/plan/severity-badge";
import { requireRole } from "@/lib/auth/server";
import { prisma } from "@/lib/db/client";
import { loadCertificateReadings } from "@/lib/db/certificate-readings";

export const metadata: Metadata = { title: "Restore prerequisites" };

const CERT_STATUS: Record<string, string> = {
  ok: "bg-emerald-50 text-emerald-800 border-emerald-300",
  expiring: "bg-amber-50 text-amber-900 border-amber-300",
  expired: "bg-red-50 text-red-800 border-red-300",
  missing: "bg-red-50 text-red-800 border-red-300",
  listed: "bg-emerald-50 text-emerald-800 border-emerald-300",
  differs: "bg-amber-50 text-amber-900 border-amber-300",
};
const Badge = ({ status }: { status: string }) => (
  <span className={`rounded border px-2 py-0.5 text-xs whitespace-nowrap ${CERT_STATUS[status] ?? ""}`}>{status}</span>
);

export default async function RegisterPage({ params }: PageProps<"/deployments/[id]/register">) {
  await requireRole("viewer");
  const { id } = await params;
  const planned = await loadPlan(id);
  if (!planned) notFound();
  // Certificate rows of the newest evidence uploads keep the expiry dates current (S9).
  const readings = await loadCertificateReadings(prisma, id);
  const view = registerPage(planned.plan, planned.stored.deployment, planDayMs(), readings);
  const { register, lifecycle, gaps, counts } = view;
  return (
    <>
      <PageHeader
        title="Restore prerequisites"
        description={`Everything outside OCS that a restore needs before a role comes back: the certificates each role needs with their expiry and where their private keys are (S9), the DNS records the topology needs (S10), the ports each role needs opened on a rebuilt server (S11), and how far the platform is past its support (L1-L3). As of ${register.asOf?.slice(0, 10) ?? "today"}.`}
      />
      {!view.recorded ? (
        <p
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="register-not-recorded"
        >
          The model records no certificates, DNS records or platform versions yet, so everything below is what the roles need, none of it
          listed; these gaps count in the plan once the model records any of them.{" "}
          <Link className="underline" href={`/deployments/${id}/model/certificates`}>
            Record certificates
          </Link>
          .
        </p>
      ) : null}
      <p className="mb-4 text-sm text-slate-700" data-testid="register-summary">
        {counts.certificates} certificates: {counts.missing} missing, {counts.attention} needing attention; {register.dns.length} DNS
        records needed, {counts.dnsMissing} missing or different. Names are checked against the SIP domain {register.sipDomain} (the
        forest&apos;s name: the model has no SIP domain of its own).
      </p>

      <section className="card mb-6" aria-labelledby="certs-h">
        <h2 id="certs-h" className="font-semibold">
          Certificates
        </h2>
        <div className="mt-2 overflow-x-auto">
          <table className="table" data-testid="register-certificates">
            <thead>
              <tr>
                <th scope="col">Server</th>
                <th scope="col">Use</th>
                <th scope="col">Subject</th>
                <th scope="col">Issuer</th>
                <th scope="col">Expires</th>
                <th scope="col">Days left</th>
                <th scope="col">Status</th>
                <th scope="col">Key backup</th>
                <th scope="col">Problems</th>
                <th scope="col">Installed by</th>
              </tr>
            </thead>
            <tbody>
              {register.certificates.map((c, i) => (
                <tr key={`${c.server}:${c.use}:${i}`} data-server={c.server} data-use={c.use} data-status={c.status}>
                  <td className="text-sm">{c.server}</td>
                  <td className="text-sm whitespace-nowrap">{certificateUseLabel(c.use)}</td>
                  <td className="font-mono text-xs">
                    {c.subject}
                    {c.san?.length ? <span className="block text-slate-500">SAN: {c.san.join(", ")}</span> : null}
                  </td>
                  <td className="text-sm">{c.issuer ?? "—"}</td>
                  <td className="text-sm whitespace-nowrap tabular-nums">
                    {c.expires ?? "—"}
                    {c.seen ? <span className="block text-xs text-slate-500">read on the server {c.seen.at.slice(0, 10)}</span> : null}
                  </td>
                  <td className="text-sm tabular-nums">{c.daysLeft ?? "—"}</td>
                  <td>
                    <Badge status={c.status} />
                  </td>
                  <td className="font-mono text-xs">{c.keyBackup ?? <span className="font-sans text-red-800">none</span>}</td>
                  <td className="text-xs">
                    {c.problems.length ? (
                      <ul className="list-disc pl-4">
                        {c.problems.map((p) => (
                          <li key={p}>{p}</li>
                        ))}
                      </ul>
                    ) : needsAttention(c) ? (
                      ""
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="text-xs">
                    {c.scenarios.map((s) => (
                      <Link key={s} className="text-brand-700 block hover:underline" href={scenarioHref(id, s)}>
                        {s}
                      </Link>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {register.found.length > 0 ? (
          <div className="mt-4" data-testid="register-found">
            <h3 className="text-sm font-semibold">Found on servers, not in the model</h3>
            <p className="text-xs text-slate-600">
              Certificates the uploaded evidence read from a server&apos;s store whose thumbprint the model does not list.
            </p>
            <ul className="mt-1 text-sm">
              {register.found.map((f) => (
                <li key={`${f.server}:${f.thumbprint}`}>
                  {f.server}: <span className="font-mono text-xs">{f.thumbprint}</span>, expires {f.expiresAt.slice(0, 10)} (read{" "}
                  {f.readAt.slice(0, 10)})
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <section className="card mb-6" aria-labelledby="dns-h">
        <h2 id="dns-h" className="font-semibold">
          DNS records
        </h2>
        <div className="mt-2 overflow-x-auto">
          <table className="table" data-testid="register-dns">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">Needs to point at</th>
                <th scope="col">Listed as</th>
                <th scope="col">DNS</th>
                <th scope="col">Status</th>
                <th scope="col">Purpose</th>
              </tr>
            </thead>
            <tbody>
              {register.dns.map((r) => (
                <tr key={`${r.type}:${r.name}`} data-name={r.name} data-status={r.status}>
                  <td className="font-mono text-xs">{r.name}</td>
                  <td className="text-sm">{r.type}</td>
                  <td className="font-mono text-xs">
                    {r.target}
                    {r.port ? `:${r.port}` : ""}
                  </td>
                  <td className="font-mono text-xs">{r.listedTarget ?? "—"}</td>
                  <td className="text-sm">{r.external ? "public" : "internal"}</td>
                  <td>
                    <Badge status={r.status} />
                  </td>
                  <td className="text-xs">{r.purpose}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card mb-6" aria-labelledby="ports-h">
        <h2 id="ports-h" className="font-semibold">
          Ports per role
        </h2>
        <p className="text-xs text-slate-600">
          Opened again on every rebuilt server (its runbook lists them). The 50,000-59,999 range is needed only towards OCS 2007 (R1)
          federation partners. Roles without a row here have no ports in the sources.
        </p>
        <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2" data-testid="register-ports">
          {view.ports.map((g) => (
            <div key={g.role}>
              <dt className="font-medium">{g.label}</dt>
              <dd className="text-xs">{g.ports.map((p) => `${p.port} (${p.purpose})`).join(", ")}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="card mb-6" aria-labelledby="life-h">
        <h2 id="life-h" className="font-semibold">
          Platform and end of support
        </h2>
        <div className="mt-2 overflow-x-auto">
          <table className="table" data-testid="register-lifecycle">
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">Support ended</th>
                <th scope="col">Years since</th>
                <th scope="col">Servers</th>
              </tr>
            </thead>
            <tbody>
              {lifecycle.map((l) => (
                <tr key={l.product}>
                  <td className="text-sm">
                    {l.product}
                    {l.note ? <span className="block text-xs text-slate-500">{l.note}</span> : null}
                  </td>
                  <td className="text-sm tabular-nums">{l.supportEndedOn}</td>
                  <td className="text-sm tabular-nums">{l.yearsSince ?? "—"}</td>
                  <td className="text-xs">
                    {l.servers.join(", ")}
                    {(l.servicePacks ?? []).map((sp) => (
                      <span key={sp.servicePack} className="block text-slate-600">
                        service pack {sp.servicePack} out of support since {sp.supportEndedOn}: {sp.servers.join(", ")}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card" aria-labelledby="reg-gaps-h">
        <h2 id="reg-gaps-h" className="font-semibold">
          Gaps ({gaps.length})
        </h2>
        <ul className="mt-2 space-y-2" data-testid="register-gaps">
          {gaps.map((g) => (
            <li key={g.id} className="text-sm" data-gap={g.id}>
              <SeverityBadge severity={g.severity} /> {g.message} <span className="text-slate-600">{g.fix}</span>{" "}
              <RuleIds rules={g.rules} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
