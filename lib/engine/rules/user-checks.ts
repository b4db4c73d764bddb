// What to try as a user to confirm each workload is back (facts 3.6: user-level checks, inferred),
// and the data each check looks at: a check runs after the steps that bring that data back, and a
// runbook that brings it back nowhere gets the check's wording that needs none.
import type { ShareContent, Workload } from "../../formats/enums";

/** Data a user check looks at, brought back by steps of its own (a restore or an import), not by the service. */
export type CheckedData = "contact-lists" | "meeting-content";

export const CHECKED_DATA: readonly CheckedData[] = ["contact-lists", "meeting-content"];

export interface UserCheck {
  /** The check when the runbook brings back every item of `needs`. */
  check: string;
  needs: readonly CheckedData[];
  /** The check when it does not: it looks at nothing from before the loss. */
  withoutData: string;
}

export const USER_CHECK_RULES: Record<Workload, UserCheck> = {
  "im-presence": {
    check: "Sign in as a test user homed on the restored pool; check presence updates, send an IM and confirm the contact list came back.",
    needs: ["contact-lists"],
    withoutData: "Sign in as a test user homed on the restored pool; check presence updates and send an IM.",
  },
  "web-conferencing": {
    check: "Join a meeting scheduled before the loss and open the content uploaded to it.",
    needs: ["meeting-content"],
    withoutData:
      "Schedule a new meeting, upload a slide deck to it, join it and open the deck (this runbook brings back no meeting content from before the loss).",
  },
  "av-conferencing": {
    check: "Hold a three-party audio and video conference.",
    needs: [],
    withoutData: "Hold a three-party audio and video conference.",
  },
  "app-sharing": {
    check: "Share a program or the desktop in a meeting.",
    needs: [],
    withoutData: "Share a program or the desktop in a meeting.",
  },
  "enterprise-voice": {
    check: "Place and receive a call to and from the public telephone network through the Mediation Server and its gateway.",
    needs: [],
    withoutData: "Place and receive a call to and from the public telephone network through the Mediation Server and its gateway.",
  },
  "remote-access": {
    check: "Sign in from outside the network, join a meeting as an external user and exchange an IM with a federated contact.",
    needs: [],
    withoutData: "Sign in from outside the network, join a meeting as an external user and exchange an IM with a federated contact.",
  },
  archiving: {
    check: "Send test IMs and confirm they arrive in the archiving database.",
    needs: [],
    withoutData: "Send test IMs and confirm they arrive in the archiving database.",
  },
  monitoring: {
    check: "Make a test call and confirm its call detail and quality records arrive.",
    needs: [],
    withoutData: "Make a test call and confirm its call detail and quality records arrive.",
  },
};

/** Each workload's check as written when its data is brought back (the contingency plan's test list). */
export const USER_CHECKS = Object.fromEntries(Object.entries(USER_CHECK_RULES).map(([w, c]) => [w, c.check])) as Record<Workload, string>;

/** What restoring a share brings back for the checks (D6: the content and the XML describing it). */
export const SHARE_DATA: Partial<Record<ShareContent, readonly CheckedData[]>> = {
  "meeting-content": ["meeting-content"],
  "meeting-metadata": ["meeting-content"],
};

/** The RTC database holds the contact lists (D1), as does a DBImpExp file of it (D8). */
export const RTC_DATA: readonly CheckedData[] = ["contact-lists"];

export const checkedDataBit = (d: CheckedData): number => 1 << CHECKED_DATA.indexOf(d);

/** The workloads whose checks need a piece of data. */
export const workloadsCheckingData = (d: CheckedData): Workload[] =>
  (Object.keys(USER_CHECK_RULES) as Workload[]).filter((w) => USER_CHECK_RULES[w].needs.includes(d));
