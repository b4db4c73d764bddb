// What each restore phase achieves, for the phase headings of a printed runbook (table 17-9 rows plus
// the framing rows; phase names as lib/engine/rules/restore-order.ts gives them).
const PURPOSES: Record<string, string> = {
  "Assess the loss": "Decide what was lost and start what takes time: hardware, copies of the backups, the standby.",
  "Domain information": "Active Directory and DNS answer, and the global settings are back.",
  "Back-end servers": "The pool's databases are back, so its front ends can start.",
  "Standard Edition servers": "The Standard Edition server is back with its databases and settings.",
  "Front-end servers": "The pool's front ends answer: users can sign in again.",
  Directors: "Sign-in and external traffic pass through the Director again.",
  "Web Components Servers": "Address book download, meeting content and group expansion work again.",
  "Web Conferencing Servers": "Web conferences start again.",
  "A/V Conferencing Servers": "Audio and video conferences start again.",
  "Application Sharing Conferencing Servers": "Application sharing in meetings works again.",
  "Archiving Servers": "IM is archived again (compliance).",
  "Monitoring Servers": "Call detail and quality records are collected again.",
  "Mediation Servers": "Calls to and from the telephone network work again.",
  "Edge Servers": "Remote users and federated partners reach OCS again.",
  "Forwarding proxy servers": "Traffic through the forwarding proxy flows again.",
  "Reassign users": "Every user is homed on a pool that answers and can sign in.",
  "Confirm service": "A user confirms that each workload works: tick each check as it passes.",
};

export const phasePurpose = (phase: string): string => PURPOSES[phase] ?? "";
