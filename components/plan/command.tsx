import { Fragment } from "react";
import { CopyButton } from "./copy-button";

/** A command in monospace with a copy button; flagged when the sources leave its syntax unverified. */
export function Command({ command, verify, verifyWith }: { command: string; verify?: boolean; verifyWith?: string }) {
  return (
    <div className="mt-1">
      <div className="flex items-start gap-2">
        <code
          className="block min-w-0 flex-1 overflow-x-auto overscroll-x-contain whitespace-pre-wrap rounded bg-slate-100 px-2 py-1 font-mono text-xs text-slate-900"
          data-testid="command"
        >
          {/*
            Lines wrap between tokens: each token is an inline block that moves to the next line whole.
            Only a token longer than a whole line (a long path on a phone) wraps inside, anywhere, rather
            than widening the page; the copy button copies the command as it is.
          */}
          {command.split("\n").map((line, l) => (
            <Fragment key={l}>
              {l > 0 ? "\n" : null}
              {line.split(/(?<= )/).map((token, i) => (
                <span key={i} className="inline-block max-w-full whitespace-pre-wrap [overflow-wrap:anywhere]">
                  {token}
                </span>
              ))}
            </Fragment>
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
