// Vitest setup: applies fast-check-config.ts to every property test of the run.
import fc from "fast-check";
import { fastCheckConfig } from "./fast-check-config";

fc.configureGlobal({ ...fc.readConfigureGlobal(), ...fastCheckConfig(process.env) });
