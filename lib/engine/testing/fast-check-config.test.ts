// Property tests are reproducible: CI runs one fixed seed, FC_SEED (and FC_PATH) replay a failure, and
// the setup file really applies the configuration to the running fast-check.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CI_SEED, fastCheckConfig } from "./fast-check-config";

describe("fast-check configuration", () => {
  it("CI runs with the fixed seed", () => {
    expect(fastCheckConfig({ CI: "1" })).toEqual({ seed: CI_SEED });
  });

  it("FC_SEED (with FC_PATH) replays a failure, in CI too", () => {
    expect(fastCheckConfig({ CI: "1", FC_SEED: "42" })).toEqual({ seed: 42 });
    expect(fastCheckConfig({ FC_SEED: "-7", FC_PATH: "3:1" })).toEqual({ seed: -7, path: "3:1" });
  });

  it("refuses a seed that is not an integer instead of running another one", () => {
    expect(() => fastCheckConfig({ FC_SEED: "abc" })).toThrow(/FC_SEED must be an integer, got "abc"/);
  });

  it("outside CI without FC_SEED a fresh seed is drawn each run", () => {
    expect(fastCheckConfig({})).toEqual({});
  });

  it("the setup file applied this run's configuration", () => {
    const expected = fastCheckConfig(process.env);
    expect(fc.readConfigureGlobal()).toMatchObject(expected);
    // The same property fails on the same case twice under one seed: what replaying relies on.
    const failing = (seed: number) =>
      fc.check(
        fc.property(fc.integer(), (n) => n < 1000),
        { seed },
      ).counterexample;
    expect(failing(CI_SEED)).toEqual(failing(CI_SEED));
  });
});
