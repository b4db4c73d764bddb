// The topology page's list of what is not fully protected besides servers: the reverse proxy, pools
// whose settings are not exported, shares not backed up; each with the model page that fixes it.
import type { DeploymentFile } from "../formats/deployment";
import { shareKey, type Protection, type protectionOf } from "./protection";
import { SHARE_CONTENT_LABELS } from "./labels";

export const TOPOLOGY_ALL_SITES = "*";
/** The "not fully protected" table lists at most this many servers. */
export const TOPOLOGY_LIST_LIMIT = 200;

export function notFullyProtectedOthers(
  d: DeploymentFile,
  protection: ReturnType<typeof protectionOf>,
  basePath: string,
): { what: string; href: string; p: Protection }[] {
  return [
    ...(d.dependencies.reverseProxy && protection.reverseProxy && protection.reverseProxy.status !== "protected"
      ? [{ what: `Reverse proxy ${d.dependencies.reverseProxy.fqdn}`, href: `${basePath}/model/dependencies`, p: protection.reverseProxy }]
      : []),
    ...[...protection.pools]
      .filter(([, p]) => p.status !== "protected")
      .map(([name, p]) => ({ what: `Pool ${name} (global and pool settings)`, href: `${basePath}/model/pools`, p })),
    ...(d.fileShares ?? []).flatMap((f) => {
      const p = protection.shares.get(shareKey(f));
      return p && (p.status === "unprotected" || p.status === "partly")
        ? [{ what: `${SHARE_CONTENT_LABELS[f.content]} share ${f.path}`, href: `${basePath}/model/file-shares`, p }]
        : [];
    }),
  ];
}
