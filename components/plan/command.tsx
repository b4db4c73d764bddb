import { CopyButton } from "./copy-button";

/** A command in monospace with a copy button; flagged when the sources leave its syntax unverified. */
export function Command({ command, verify, verifyWith }: { command: string; verify?: boolean; verifyWith?: string }) {
  return (
    <div className="mt-1">
      <div className="flex items-start gap-2">
        <code className="block flex-1 overflow-x-auto whitespace-pre-wrap rounded bg-slate-100 px-2 py-1 font-mono text-xs text-slate-900 [overflow-wrap:normal] [word-break:normal]">
          {/* Lines wrap between tokens only: a command broken inside a token is copied wrong. */}
          {command.split(/(?<= )/).map((token, i) => (
            <span key={i} className="whitespace-pre">
              {token}
            </span>
          ))}
        </code>
        <CopyButton text={command} />
      </div>
      {verify ? (
        <p className="mt-1 text-xs text-amber-800">
          Unverified syntax: check it on the server first
          {verifyWith ? (
            <>
              {" "}
              with <code className="code">{verifyWith}</code>
            </>
          ) : null}
          .
        </p>
      ) : null}
    </div>
  );
}
