// S9: every certificate the deployment's roles need (facts 9.3), set against the certificates the file
// lists: listed or missing, days left as of the plan's time, status, key backup, and the naming
// problems facts 9.3 gives. Pure; rows in the deployment's (canonical) server order, then by use.
import type { Deployment } from "../../formats/deployment";
import { EDGE_ROLES } from "../../formats/enums";
import { CERTIFICATE_USES, dateMs, type CertificateEntry, type CertificateUse } from "../../formats/extension-2-prerequisites";
import type { Scenario } from "../../formats/plan";
import type { CertificateStatus, RegisterCertificate } from "../../formats/plan-register";

export const DAY_MS = 86_400_000;
/** Days before expiry at which a certificate is "expiring" (rule S9): a public CA's renewal takes longer. */
export const EXPIRING_DAYS = { public: 90, enterprise: 30 } as const;

/** A certificate some role needs: the server, the use and the subject it should carry. */
export interface CertificateNeed {
  server: string;
  use: CertificateUse;
  subject: string;
}

/** What the evidence read of a certificate in a server's store (rule S9; evidence-format.md's certificate rows). */
export interface CertificateObservation {
  server: string;
  /** Upper case. */
  thumbprint: string;
  readAtMs: number;
  expiresAtMs: number;
}

/** The SIP domain names are checked against: the forest's DNS name (the format has no field of its own for it). */
export const sipDomainOf = (d: Deployment) => d.forest;
export const poolFqdn = (d: Deployment, pool: string) => `${pool}.${d.forest}`;

/** The certificates the roles need, per server in file order (facts 9.3). */
export function certificateNeeds(d: Deployment): CertificateNeed[] {
  const domain = sipDomainOf(d);
  const needs: CertificateNeed[] = [];
  const need = (server: string, use: CertificateUse, subject: string) => needs.push({ server, use, subject });
  for (const s of d.servers) {
    const has = (r: (typeof s.roles)[number]) => s.roles.includes(r);
    if (s.roles.some((r) => EDGE_ROLES.includes(r))) {
      // One internal certificate for the three Edge services, named for the server's internal FQDN.
      need(s.fqdn, "edge-internal", s.fqdn);
      if (has("access-edge")) need(s.fqdn, "access-edge-external", `sip.${domain}`);
      if (has("web-conferencing-edge")) need(s.fqdn, "web-conferencing-edge-external", "(the Web Conferencing Edge's external FQDN)");
      if (has("av-edge")) need(s.fqdn, "av-authentication", s.fqdn);
    }
    if (has("front-end") && s.pool) need(s.fqdn, "pool", poolFqdn(d, s.pool));
    if (has("standard-edition")) need(s.fqdn, "standard-edition", s.fqdn);
    if (has("director")) need(s.fqdn, "director", s.fqdn);
    if (has("mediation")) need(s.fqdn, "mediation", s.fqdn);
    if (has("web-components")) need(s.fqdn, "web-components", s.pool ? poolFqdn(d, s.pool) : s.fqdn);
  }
  const rp = d.dependencies.reverseProxy;
  if (rp) need(rp.fqdn, "reverse-proxy", "(the external web farm FQDN the reverse proxy publishes)");
  return needs;
}

const useRank = (u: string) => CERTIFICATE_USES.indexOf(u as CertificateUse);

/** Whole days from the as-of date (UTC) to the expiry date: 0 on the day it expires. */
export function daysLeft(expiresMs: number, asOfMs: number): number {
  return Math.round((expiresMs - Math.floor(asOfMs / DAY_MS) * DAY_MS) / DAY_MS);
}

export function statusOf(issuer: "public" | "enterprise", left: number | null): CertificateStatus {
  if (left === null) return "ok";
  if (left < 0) return "expired";
  return left <= EXPIRING_DAYS[issuer] ? "expiring" : "ok";
}

const isWildcard = (name: string) => name.startsWith("*.");
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface CertificateRegisterInput {
  d: Deployment;
  scenarios: readonly Scenario[];
  asOfMs: number | null;
  observations?: readonly CertificateObservation[];
}

/** The register's certificate rows: one per listed certificate, one "missing" row per need nothing listed meets. */
export function certificateRows({ d, scenarios, asOfMs, observations = [] }: CertificateRegisterInput): RegisterCertificate[] {
  const listed = d.certificates ?? [];
  const needs = certificateNeeds(d);
  const domain = sipDomainOf(d);
  const serverOrder = new Map<string, number>(d.servers.map((s, i) => [s.fqdn, i]));
  if (d.dependencies.reverseProxy) serverOrder.set(d.dependencies.reverseProxy.fqdn, d.servers.length);

  // The runbooks that rebuild the server: its own loss, its pool's, its site's (the reverse proxy is rebuilt outside OCS's runbooks).
  const scenariosOf = (fqdn: string) => {
    const server = d.servers.find((s) => s.fqdn === fqdn);
    if (!server) return [];
    return scenarios
      .filter(({ loss }) =>
        loss.kind === "server"
          ? loss.target === fqdn
          : loss.kind === "site"
            ? loss.target === server.site
            : (loss.kind === "pool" || loss.kind === "standard-edition") && server.pool !== undefined && loss.target === server.pool,
      )
      .map((sc) => sc.id);
  };
  const latestSeen = (c: CertificateEntry) => {
    const thumb = c.thumbprint?.toUpperCase();
    if (!thumb) return undefined;
    return observations
      .filter((o) => o.thumbprint === thumb && o.server === c.server && (asOfMs === null || o.readAtMs <= asOfMs))
      .reduce<CertificateObservation | undefined>((a, o) => (!a || o.readAtMs > a.readAtMs ? o : a), undefined);
  };

  const rows: RegisterCertificate[] = listed.map((c) => {
    const seen = latestSeen(c);
    // Counted in whole UTC days, like the file's dates.
    const expiresMs = dateMs(seen ? isoDate(seen.expiresAtMs) : c.expires)!;
    const left = asOfMs === null ? null : daysLeft(expiresMs, asOfMs);
    return {
      server: c.server,
      use: c.use,
      subject: c.subject,
      ...(c.san ? { san: c.san } : {}),
      issuer: c.issuer,
      expires: seen ? isoDate(seen.expiresAtMs) : c.expires,
      daysLeft: left,
      status: statusOf(c.issuer, left),
      thumbprint: c.thumbprint ?? null,
      keyBackup: c.keyBackup ?? null,
      problems: namingProblems(d, c, domain),
      scenarios: scenariosOf(c.server),
      ...(seen ? { seen: { at: new Date(seen.readAtMs).toISOString(), expiresAt: new Date(seen.expiresAtMs).toISOString() } } : {}),
      rules: ["S9"],
    };
  });
  avArrayProblems(d, rows);
  rows.forEach((r) => {
    if (r.keyBackup === null) r.problems.push("no key backup: the private key cannot be installed on a rebuilt server");
  });

  for (const n of needs)
    if (!listed.some((c) => c.server === n.server && c.use === n.use))
      rows.push({
        server: n.server,
        use: n.use,
        subject: n.subject,
        issuer: null,
        expires: null,
        daysLeft: null,
        status: "missing",
        thumbprint: null,
        keyBackup: null,
        problems: [],
        scenarios: scenariosOf(n.server),
        rules: ["S9"],
      });

  return rows
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        (serverOrder.get(a.r.server) ?? Infinity) - (serverOrder.get(b.r.server) ?? Infinity) ||
        useRank(a.r.use) - useRank(b.r.use) ||
        a.i - b.i,
    )
    .map(({ r }) => r);
}

/** Facts 9.3's naming rules for one listed certificate. */
function namingProblems(d: Deployment, c: CertificateEntry, domain: string): string[] {
  const problems: string[] = [];
  if (isWildcard(c.subject) || (c.san ?? []).some(isWildcard))
    problems.push("a wildcard name: OCS 2007 R2 services do not start with wildcard certificates");
  if (c.use === "access-edge-external" && c.subject !== `sip.${domain}`)
    problems.push(`subject must be sip.${domain} (the Access Edge's external name the SRV records point to)`);
  if ((c.use === "access-edge-external" || c.use === "web-conferencing-edge-external") && c.issuer === "enterprise")
    problems.push("issued by an enterprise CA: public IM connectivity and anonymous meeting users need a certificate from a public CA");
  if (c.use === "standard-edition" && c.subject !== c.server) problems.push(`subject must be the server's FQDN ${c.server}`);
  if (c.use === "pool") {
    const pool = d.servers.find((s) => s.fqdn === c.server)?.pool;
    const expected = pool ? poolFqdn(d, pool) : null;
    if (expected && c.subject !== expected) problems.push(`subject must be the pool's FQDN ${expected}`);
  }
  return problems;
}

/** A/V authentication certificates must be one certificate (same key) on every Edge server of a site's array. */
function avArrayProblems(d: Deployment, rows: RegisterCertificate[]) {
  const sites = new Map<string, string[]>();
  for (const s of d.servers) if (s.roles.includes("av-edge")) sites.set(s.site, [...(sites.get(s.site) ?? []), s.fqdn]);
  for (const members of sites.values()) {
    if (members.length < 2) continue;
    const av = rows.filter((r) => r.use === "av-authentication" && members.includes(r.server));
    const key = (r: RegisterCertificate) => `${r.thumbprint ?? ""}|${r.subject}|${r.expires}`;
    if (new Set(av.map(key)).size > 1)
      av.forEach((r) =>
        r.problems.push(
          `differs from the other A/V authentication certificates of the Edge array (${members.join(", ")}): all need the same certificate and private key`,
        ),
      );
  }
}
