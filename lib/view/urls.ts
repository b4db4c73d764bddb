// URLs of scenarios. Scenario ids (`loss-of-server:<fqdn>`) travel as one path segment.
export const scenarioHref = (deploymentId: string, scenarioId: string, suffix = "") =>
  `/deployments/${deploymentId}/runbooks/${encodeURIComponent(scenarioId)}${suffix}`;

export const scenarioFromParam = (param: string) => decodeURIComponent(param);
