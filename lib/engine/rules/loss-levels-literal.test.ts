// Rule S7 (rules.md, chapter table 17-1) row by row, with literal values: which settings levels
// each kind of loss needs restored, each row citing S7.
import { describe, expect, it } from "vitest";
import { LOSS_LEVELS, restoreLevelsFor } from "./loss-levels";

describe("S7: what a loss needs restored", () => {
  it("one server: machine only; a pool, its back end or a Standard Edition server: pool + machine; Active Directory or a site: global + pool + machine", () => {
    expect(LOSS_LEVELS.map((r) => [r.kind, r.levels.join("+"), r.rules.join()])).toEqual([
      ["server", "machine", "S7"],
      ["pool", "pool+machine", "S7"],
      ["back-end", "pool+machine", "S7"],
      ["standard-edition", "pool+machine", "S7"],
      ["active-directory", "global+pool+machine", "S7"],
      ["site", "global+pool+machine", "S7"],
    ]);
  });

  it("hands out a copy: a caller changing its list does not change the rule", () => {
    const levels = restoreLevelsFor("active-directory");
    levels.pop();
    expect(restoreLevelsFor("active-directory")).toEqual(["global", "pool", "machine"]);
  });
});
