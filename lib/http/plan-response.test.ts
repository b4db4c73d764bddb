// POST /api/plan's answer: the plan as compact JSON (same bytes whether a worker or the main thread
// planned it), 400 with the problems of a bad file, 503 with Retry-After when the pool is full.
import { afterEach, describe, expect, it } from "vitest";
import { planDeployment } from "../engine/plan";
import { generateDeployment } from "../engine/testing/generate";
import { parseDeploymentText } from "../formats/parse-deployment";
import { planJson } from "../formats/plan-json";
import { PlanPool } from "../planning/plan-pool";
import { spawnTsWorker } from "../planning/testing/spawn-worker";
import { planResponse } from "./plan-response";

const text = JSON.stringify(generateDeployment({ servers: 40, pools: 3, seed: 9 }));
const post = (contentType = "application/json") =>
  new Request("http://localhost/api/plan", { method: "POST", headers: { "content-type": contentType } });

function expectedJson(): string {
  const parsed = parseDeploymentText(text, "body.json");
  if (!parsed.ok) throw new Error("the generated file is invalid");
  return planJson(planDeployment(parsed.deployment, { warnings: parsed.warnings }));
}

let pool: PlanPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe("planResponse", () => {
  it("answers the plan's compact JSON when planning in place", async () => {
    const res = await planResponse(post(), text, null);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.text()).toBe(expectedJson());
  });

  it("answers the same bytes from a worker", async () => {
    pool = new PlanPool({ size: 1, maxQueue: 4, spawn: spawnTsWorker });
    const res = await planResponse(post(), text, pool);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(expectedJson());
  });

  it("lists the problems of an invalid file with their paths", async () => {
    const res = await planResponse(post("application/yaml"), "format: nope\n", null);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe("invalid deployment file");
    expect(body.errors.map((e: { path: string }) => e.path)).toContain("format");
  });

  it("answers 503 with Retry-After when every worker is busy and the queue is full", async () => {
    pool = new PlanPool({ size: 0, maxQueue: 0, spawn: spawnTsWorker });
    const res = await planResponse(post(), text, pool);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("1");
  });

  it("plans in place when no worker can start", async () => {
    pool = new PlanPool({
      size: 1,
      maxQueue: 4,
      spawn: () => {
        throw new Error("no threads here");
      },
    });
    const res = await planResponse(post(), text, pool);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(expectedJson());
  });
});
