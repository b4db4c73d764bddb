import { CopyButton } from "./copy-button";

/** A command in monospace with a copy button; flagged when the sources leave its syntax unverified. */
export function Command({ command, verify }: { command: string; verify?: boolean }) {
  return (
    <div className="mt-1">
      <div className="flex items-start gap-2">
        <code className="block flex-1 overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-100 px-2 py-1 font-mono text-xs text-slate-900">{command}</code>
        <CopyButton text={command} />
      </div>
      {verify ? (
        <p className="mt-1 text-xs text-amber-800">
          Unverified syntax: check it on the server first (for LCSCmd run <code className="code">lcscmd /config /?</code>).
        </p>
      ) : null}
    </div>
  );
}
