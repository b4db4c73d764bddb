// Shared helpers: each test that changes data imports its own copy of an example, so tests never
// depend on one another (they run in parallel against one database).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";

export const examplePath = (name: string) => path.resolve(process.cwd(), "../shared/examples", name);
export const readExample = (name: string) => JSON.parse(readFileSync(examplePath(name), "utf8"));

export async function importExample(
  request: APIRequestContext,
  name: string,
  rename: string,
  change?: (d: Record<string, unknown>) => void,
): Promise<string> {
  const d = readExample(name);
  d.name = rename;
  change?.(d);
  const response = await request.post("/api/deployments", { data: d });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).id;
}

export const unique = (prefix: string) => `${prefix} ${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;

/** The id of the seeded demo deployment (ask with a signed-in request context). */
export async function demoId(request: APIRequestContext): Promise<string> {
  const { deployments } = await (await request.get("/api/deployments")).json();
  const demo = deployments.find((d: { name: string }) => d.name === "Fabrikam production (demo)");
  expect(demo, "the demo deployment is seeded").toBeTruthy();
  return demo.id;
}
