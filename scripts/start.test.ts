import { describe, expect, it } from "vitest";
import { portFrom } from "./start.mjs";

describe("portFrom (PORT for npm start)", () => {
  it("is 3000 when PORT is unset or empty", () => {
    expect(portFrom(undefined)).toEqual({ ok: true, port: 3000 });
    expect(portFrom(" ")).toEqual({ ok: true, port: 3000 });
  });

  it("takes a port number, with the spaces a Windows `set PORT=8080 ` leaves", () => {
    expect(portFrom("8080")).toEqual({ ok: true, port: 8080 });
    expect(portFrom("8080 ")).toEqual({ ok: true, port: 8080 });
    expect(portFrom("65535")).toEqual({ ok: true, port: 65535 });
  });

  it("refuses anything else with a message naming PORT", () => {
    for (const value of ["0", "65536", "80a", "-1", "3000.5", "${PORT:-3000}"]) {
      expect(portFrom(value)).toEqual({ ok: false, message: `PORT must be a port number from 1 to 65535, not "${value}".` });
    }
  });
});
