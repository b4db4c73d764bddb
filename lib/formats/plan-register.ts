// The plan's `register` and `lifecycle` sections (plan-format.md, "Added fields for the organisation's
// plan"; rules S9, S10, S11, L1). Beyond the spec's fields the engine adds a few (issuer, thumbprint,
// expected subject, found certificates, port ranges); readers of older plans ignore them.
import { z } from "zod";

export const CERTIFICATE_STATUSES = ["ok", "expiring", "expired", "missing"] as const;
export const DNS_STATUSES = ["listed", "missing", "differs"] as const;

const rules = z.array(z.string());

export const registerCertificateSchema = z.object({
  server: z.string(),
  use: z.string(),
  /** The listed certificate's subject; for a missing one the name it should carry. */
  subject: z.string(),
  san: z.array(z.string()).optional(),
  issuer: z.enum(["public", "enterprise"]).nullable(),
  /** YYYY-MM-DD; null when missing. */
  expires: z.string().nullable(),
  /** Whole days from the plan's as-of date to the expiry date; null when missing or the plan has no as-of time. */
  daysLeft: z.number().int().nullable(),
  status: z.enum(CERTIFICATE_STATUSES),
  thumbprint: z.string().nullable(),
  keyBackup: z.string().nullable(),
  problems: z.array(z.string()),
  /** Runbooks that rebuild the server, so install the certificate. */
  scenarios: z.array(z.string()),
  /** The latest evidence row of this thumbprint, when one was read (expiry then comes from the server's store). */
  seen: z.object({ at: z.string(), expiresAt: z.string() }).optional(),
  rules,
});

/** A certificate the evidence found in a server's store whose thumbprint the deployment does not list. */
export const foundCertificateSchema = z.object({
  server: z.string(),
  thumbprint: z.string(),
  expiresAt: z.string(),
  readAt: z.string(),
  rules,
});

export const registerDnsSchema = z.object({
  name: z.string(),
  type: z.enum(["A", "CNAME", "SRV"]),
  port: z.number().int().optional(),
  /** What the topology needs it to point at (an IPv4 address is not known to the planner: "any address"). */
  target: z.string(),
  /** What the deployment file lists for this name and type, when it differs or is only known there. */
  listedTarget: z.string().optional(),
  external: z.boolean(),
  status: z.enum(DNS_STATUSES),
  purpose: z.string(),
  scenarios: z.array(z.string()),
  rules,
});

export const registerPortSchema = z.object({
  role: z.string(),
  port: z.number().int(),
  /** The last port of a range (5062-5065). */
  portTo: z.number().int().optional(),
  protocol: z.enum(["tcp", "udp"]),
  purpose: z.string(),
  rules,
});

export const registerSchema = z.object({
  /** The plan's as-of time (ISO), null when none was given (no expiry judged). */
  asOf: z.string().nullable(),
  /** The SIP domain the names are checked against (the forest's DNS name: the format has no field for it). */
  sipDomain: z.string(),
  certificates: z.array(registerCertificateSchema),
  found: z.array(foundCertificateSchema),
  dns: z.array(registerDnsSchema),
  ports: z.array(registerPortSchema),
});

export const lifecycleRowSchema = z.object({
  product: z.string(),
  supportEndedOn: z.string(),
  servers: z.array(z.string()),
  /** Years from the end of support to the plan's as-of time (one decimal); null without one. */
  yearsSince: z.number().nullable(),
  /** Service packs whose own support ended earlier, with the servers on them. */
  servicePacks: z.array(z.object({ servicePack: z.number().int(), supportEndedOn: z.string(), servers: z.array(z.string()) })).optional(),
  note: z.string().optional(),
  rules,
});

export type RegisterCertificate = z.infer<typeof registerCertificateSchema>;
export type FoundCertificateRow = z.infer<typeof foundCertificateSchema>;
export type RegisterDns = z.infer<typeof registerDnsSchema>;
export type RegisterPort = z.infer<typeof registerPortSchema>;
export type Register = z.infer<typeof registerSchema>;
export type LifecycleRow = z.infer<typeof lifecycleRowSchema>;
export type CertificateStatus = RegisterCertificate["status"];
