// The one home of display labels for the UI. The enumerations' own labels live beside them in
// lib/formats/enums.ts (the engine writes them into plans) and are re-exported here; the rest are UI-only.
import type { DatabaseName, Role, ShareContent, SiteKind } from "../formats/enums";

export { EDGE_TOPOLOGY_LABELS, POOL_KIND_LABELS, ROLE_LABELS, WORKLOAD_LABELS } from "../formats/enums";
export { PROTECTION_LABELS } from "./protection";

export const SITE_KIND_LABELS: Record<SiteKind, string> = {
  central: "Central",
  remote: "Remote",
  standby: "Standby (disaster recovery)",
};

export const SHARE_CONTENT_LABELS: Record<ShareContent, string> = {
  "meeting-content": "Meeting content",
  "meeting-metadata": "Meeting content metadata",
  "compliance-log": "Meeting compliance log",
  "address-book": "Address book files",
  "normalization-rules": "Address Book normalization rules file",
};

export const DATABASE_LABELS: Record<DatabaseName, string> = {
  RTC: "RTC (user data)",
  RTCConfig: "RTCConfig (settings)",
  RTCDyn: "RTCDyn (transient)",
  LCSLog: "LCSLog (archiving)",
  RTCCDR: "RTCCDR (call detail records)",
  QoEMetrics: "QoEMetrics (quality of experience)",
};

/** The roles as the server form groups them: where the server sits in the network. */
export const ROLE_GROUPS: readonly { label: string; help: string; roles: readonly Role[] }[] = [
  {
    label: "Internal servers",
    help: "Pool members (Standard Edition, front end, Web Components, conferencing) belong to a pool.",
    roles: [
      "standard-edition",
      "front-end",
      "director",
      "web-components",
      "web-conferencing",
      "av-conferencing",
      "app-sharing-conferencing",
      "archiving",
      "monitoring",
      "mediation",
      "forwarding-proxy",
    ],
  },
  {
    label: "Perimeter network (Edge)",
    help: "An Edge server carries only edge roles, and needs an edge topology (General).",
    roles: ["access-edge", "web-conferencing-edge", "av-edge"],
  },
  {
    label: "SQL Server",
    help: "Back ends hold the pool databases; they have no OCS machine settings (S3).",
    roles: ["back-end-sql"],
  },
];
