// Extension 2's `sites[].domainControllers` and its default (deployment-format.md): absent means the
// central site holds the forest's domain controllers and no other site does.
import type { SiteKind } from "./enums";

/** The default when the file leaves `domainControllers` out. */
export const domainControllersByDefault = (kind: string): boolean => kind === "central";

/** Whether a site holds domain controllers of the forest (the stated value, else the default). */
export const holdsDomainControllers = (site: { kind: SiteKind; domainControllers?: boolean }): boolean =>
  site.domainControllers ?? domainControllersByDefault(site.kind);
