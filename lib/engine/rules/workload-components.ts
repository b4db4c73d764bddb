// Rule P1's table lives with the format it describes (lib/formats/workload-components.ts), so the
// consistency rules can use it without importing the engine; the engine's rules read it from here.
export * from "../../formats/workload-components";
