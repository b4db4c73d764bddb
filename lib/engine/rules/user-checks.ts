// What to try as a user to confirm each workload is back (facts 3.6: user-level checks, inferred).
import type { Workload } from "../../formats/enums";

export const USER_CHECKS: Record<Workload, string> = {
  "im-presence":
    "Sign in as a test user homed on the restored pool; check presence updates, send an IM and confirm the contact list came back.",
  "web-conferencing": "Join a meeting scheduled before the loss and open the content uploaded to it.",
  "av-conferencing": "Hold a three-party audio and video conference.",
  "app-sharing": "Share a program or the desktop in a meeting.",
  "enterprise-voice": "Place and receive a call to and from the public telephone network through the Mediation Server and its gateway.",
  "remote-access": "Sign in from outside the network, join a meeting as an external user and exchange an IM with a federated contact.",
  archiving: "Send test IMs and confirm they arrive in the archiving database.",
  monitoring: "Make a test call and confirm its call detail and quality records arrive.",
};
