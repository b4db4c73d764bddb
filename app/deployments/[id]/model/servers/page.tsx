import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { deploymentHead } from "@/lib/db/model-queries";
import { isRole, listServers, SERVER_PAGE_SIZE } from "@/lib/db/server-queries";
import { ROLES, ROLE_LABELS } from "@/lib/formats/enums";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination, ServersTable } from "@/components/model/servers-table";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Model: servers" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function ServersPage({ params, searchParams }: PageProps<"/deployments/[id]/model/servers">) {
  await requireRole("viewer");
  const { id } = await params;
  const sp = await searchParams;
  const q = one(sp.q).trim();
  const role = isRole(one(sp.role)) ? one(sp.role) : "";
  const removed = one(sp.removed);
  const [head, list] = await Promise.all([
    deploymentHead(prisma, id),
    listServers(prisma, id, { q, role, page: Number(one(sp.page) || 1), pageSize: SERVER_PAGE_SIZE }),
  ]);
  if (!head) notFound();
  const base = `/deployments/${id}/model/servers`;
  const filtered = q !== "" || role !== "";
  const first = (list.page - 1) * list.pageSize + 1;
  const last = first + list.servers.length - 1;
  return (
    <>
      <PageHeader
        title="Servers"
        description="Every computer that matters to the plan. Machine settings are exported from every OCS server, internal and perimeter (S3)."
        actions={
          <Link href={`${base}/new`} className="btn btn-primary">
            Add a server
          </Link>
        }
      />
      {removed ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Removed server <span className="font-mono">{removed}</span>.
        </p>
      ) : null}
      <section aria-labelledby="servers-h" className="card p-0">
        <h2 id="servers-h" className="sr-only">
          Server list
        </h2>
        {/* Keyed by the query so the inputs show it after "Clear filters" or back/forward. */}
        <Form
          key={`${q}\u0000${role}`}
          action={base}
          className="flex flex-wrap items-end gap-3 border-b border-slate-200 px-5 py-4"
          role="search"
          aria-label="Filter servers"
        >
          <div className="w-full sm:w-72">
            <label htmlFor="server-q" className="label">
              Search by FQDN
            </label>
            <input
              id="server-q"
              name="q"
              type="search"
              className="input font-mono"
              defaultValue={q}
              placeholder="part of a name, e.g. fe0"
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          <div className="w-full sm:w-64">
            <label htmlFor="server-role" className="label">
              Role
            </label>
            <select id="server-role" name="role" className="input" defaultValue={role}>
              <option value="">All roles</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn">
            Search
          </button>
          {filtered ? (
            <Link href={base} className="py-1.5 text-sm text-brand-700 hover:underline">
              Clear filters
            </Link>
          ) : null}
          <p className="ml-auto py-1.5 text-sm text-slate-600" aria-live="polite">
            {list.total === 0
              ? "No servers"
              : `Showing ${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")} of ${list.total.toLocaleString("en-US")} ${list.total === 1 ? "server" : "servers"}`}
          </p>
        </Form>
        {list.total === 0 ? (
          <div className="p-5">
            {filtered ? (
              <EmptyState
                headingLevel={3}
                title="No servers match"
                actions={
                  <Link href={base} className="btn">
                    Clear filters
                  </Link>
                }
              >
                No server FQDN contains “{q}”{role ? ` with the role ${ROLE_LABELS[role as keyof typeof ROLE_LABELS]}` : ""}.
              </EmptyState>
            ) : (
              <EmptyState
                headingLevel={3}
                title="No servers yet"
                actions={
                  <Link href={`${base}/new`} className="btn btn-primary">
                    Add a server
                  </Link>
                }
              >
                Add the computers of the deployment: front ends, back-end SQL Servers, Edge servers and the others.
              </EmptyState>
            )}
          </div>
        ) : (
          <ServersTable deploymentId={id} servers={list.servers} />
        )}
        <Pagination base={base} query={{ ...(q ? { q } : {}), ...(role ? { role } : {}) }} page={list.page} pageCount={list.pageCount} />
      </section>
    </>
  );
}
