// The shape every write of the app takes (see README.md in this folder):
//
//   export async function doSomething(db: Db, input: DoSomethingInput, actor: Actor): Promise<CommandResult<T>>
//
// validate the input (expected failures come back as values), then write the change and its audit
// entry inside ONE transaction opened by `audited` — if the audit entry cannot be written, the change
// is rolled back with it. Server actions and route handlers authorize, parse the request into the
// input, call one command and revalidate/redirect/answer.
import type { Db } from "../db/client";
import type { Tx } from "../db/deployment-store";
import { recordAudit, type AuditInput } from "../db/audit-store";

/** Who acts, as the audit log names them: "Name <email>" (lib/auth/server actorName) or "anonymous". */
export type Actor = string;

/** An expected refusal: a message for the user, and field messages keyed by the form's field names. */
export interface CommandFailure {
  ok: false;
  message: string;
  fieldErrors?: Record<string, string[]>;
  /** The data changed since the caller read it; `version` is the current one when known. */
  stale?: boolean;
  version?: number;
  /** The thing the command acts on does not exist (any more). */
  notFound?: boolean;
}

export type CommandResult<T = object> = ({ ok: true } & T) | CommandFailure;

/** The audit entry of a command, minus the actor (the command's actor is used). */
export type AuditEntry = Omit<AuditInput, "actor">;

export type AuditWrite = (entry: AuditEntry) => Promise<void>;

export const TX_OPTIONS = { timeout: 60_000, maxWait: 10_000 } as const;

/**
 * Run `work` in one transaction; `audit` records entries in that same transaction. A thrown error
 * (including a failed audit write) rolls back everything `work` wrote.
 */
export async function audited<T>(db: Db, actor: Actor, work: (tx: Tx, audit: AuditWrite) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await takeWriteLock(tx);
    return work(tx, (entry) => recordAudit(tx, { ...entry, actor }));
  }, TX_OPTIONS);
}

/**
 * A write statement first, so the transaction holds SQLite's write lock before it reads: a deferred
 * SQLite transaction that reads and then writes fails (SQLITE_BUSY) when another app instance wrote
 * in between. It matches no row, so on PostgreSQL it locks nothing.
 */
async function takeWriteLock(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe('UPDATE "AppSetting" SET "value" = "value" WHERE 1 = 0');
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const fail = (message: string, extra: Omit<CommandFailure, "ok" | "message"> = {}): CommandFailure => ({
  ok: false,
  message,
  ...extra,
});

export const NO_DEPLOYMENT = "This deployment no longer exists.";
