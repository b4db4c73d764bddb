// Step durations from the assumptions and the deployment's recovery resources. Every duration is a
// whole number of minutes (rounded up) so schedules carry no floating-point noise.
import type { Deployment } from "../formats/deployment";
import type { Assumptions } from "./assumptions";

export interface Durations {
  /** Hands-on work: slowed by the untrained factor when staff are not trained (B7). */
  work(minutes: number): number;
  /** Waiting for replacement hardware: none with a spare, else the vendor SLA (B8). */
  procurement(spare: boolean): number;
  sqlRestore(sizeGb: number): number;
  fileRestore(sizeGb: number): number;
  userData(sizeGb: number): number;
  /** Copying a backup back from a remote location; undefined when backups are local (P5). */
  transfer(sizeGb: number): number | undefined;
  readonly a: Assumptions;
}

export function durationsFor(d: Deployment, a: Assumptions): Durations {
  const factor = d.recovery.staffTrained ? 1 : a.untrainedFactor;
  const { location, bandwidthMbps } = d.backup;
  const slaMinutes = Math.ceil(d.recovery.vendorHardwareSlaHours * 60);
  return {
    a,
    work: (minutes) => Math.ceil(minutes * factor),
    procurement: (spare) => (spare ? 0 : slaMinutes),
    sqlRestore: (sizeGb) => Math.ceil((sizeGb / a.sqlRestoreGbPerHour) * 60),
    fileRestore: (sizeGb) => Math.ceil((sizeGb / a.fileRestoreGbPerHour) * 60),
    userData: (sizeGb) => Math.ceil((sizeGb / a.userDataGbPerHour) * 60),
    transfer: (sizeGb) => {
      if (location !== "remote") return undefined;
      if (bandwidthMbps <= 0) return Math.ceil(a.mediaShippingMinutes);
      return Math.ceil((sizeGb * 8 * 1024) / bandwidthMbps / 60);
    },
  };
}
