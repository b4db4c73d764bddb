import { describe, expect, it } from "vitest";
import { ROLES } from "../formats/enums";
import { ROLE_GROUPS } from "./labels";

describe("ROLE_GROUPS", () => {
  it("offers every role of the format exactly once on the server form", () => {
    const grouped = ROLE_GROUPS.flatMap((g) => g.roles);
    expect(grouped.length).toBe(new Set(grouped).size);
    expect([...grouped].sort()).toEqual([...ROLES].sort());
  });
});
