import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { planDeployment } from "../engine/plan";
import { enterpriseWithDestinations } from "../engine/testing/fixtures";
import { buildJobPack } from ".";
import { zipJobPack } from "./zip";

describe("job pack zip", () => {
  const d = enterpriseWithDestinations();
  const pack = buildJobPack(d, planDeployment(d));
  if (!pack.ok) throw new Error("no pack");

  it("holds every file under one folder, byte for byte (CRLF kept)", () => {
    const unzipped = unzipSync(zipJobPack(pack.files, "litware-backup-jobs"));
    expect(Object.keys(unzipped)).toEqual(pack.files.map((f) => `litware-backup-jobs/${f.path}`));
    for (const f of pack.files) expect(strFromU8(unzipped[`litware-backup-jobs/${f.path}`])).toBe(f.text);
  });

  it("is deterministic: the same pack gives the same bytes", () => {
    const again = buildJobPack(d, planDeployment(d));
    if (!again.ok) throw new Error("no pack");
    expect(Buffer.from(zipJobPack(again.files, "x")).equals(Buffer.from(zipJobPack(pack.files, "x")))).toBe(true);
  });
});
