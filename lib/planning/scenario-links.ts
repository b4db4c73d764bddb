// Scenario ids (`loss-of-server:<fqdn>`) travel in URLs as one path segment.
export const scenarioHref = (deploymentId: string, scenarioId: string, suffix = "") =>
  `/deployments/${deploymentId}/runbooks/${encodeURIComponent(scenarioId)}${suffix}`;

export const scenarioFromParam = (param: string) => decodeURIComponent(param);

export const LOSS_GROUPS: { kind: string; title: string }[] = [
  { kind: "active-directory", title: "Active Directory" },
  { kind: "site", title: "Sites" },
  { kind: "pool", title: "Enterprise pools" },
  { kind: "back-end", title: "Back-end SQL Servers" },
  { kind: "standard-edition", title: "Standard Edition servers" },
  { kind: "server", title: "Single servers" },
];
