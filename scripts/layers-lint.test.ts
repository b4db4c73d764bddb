// The layer rules of eslint.config.mjs stop what they should: each deliberate violation below is
// linted as if it were a file of the repository and must be reported by the rule named.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const eslint = new ESLint({ cwd: root });

async function rulesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe("layer lint", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("keeps the engine free of React, Next, Prisma, store and auth code", async () => {
    const rules = await rulesFor(
      "lib/engine/zz-violation.ts",
      'import { prisma } from "../db/client";\nimport { ROLES } from "@/lib/auth/roles";\nimport { revalidatePath } from "next/cache";\nimport { useState } from "react";\nexport const x: unknown[] = [prisma, ROLES, revalidatePath, useState];\n',
    );
    expect(rules).toEqual([
      "import-x/no-restricted-paths",
      "import-x/no-restricted-paths",
      "no-restricted-imports",
      "no-restricted-imports",
    ]);
  });

  it("keeps the formats free of the engine", async () => {
    expect(
      await rulesFor("lib/formats/zz-violation.ts", 'import { planDeployment } from "../engine/plan";\nexport const x = planDeployment;\n'),
    ).toEqual(["import-x/no-restricted-paths"]);
  });

  it("keeps components and lib away from app/", async () => {
    expect(await rulesFor("components/zz-violation.tsx", 'import Home from "@/app/page";\nexport const x = Home;\n')).toEqual([
      "import-x/no-restricted-paths",
    ]);
    // Two zones forbid this one (lib/ and lib/view/): both report it.
    expect(new Set(await rulesFor("lib/view/zz-violation.ts", 'import Home from "@/app/page";\nexport const x = Home;\n'))).toEqual(
      new Set(["import-x/no-restricted-paths"]),
    );
  });

  it("keeps database queries out of app/", async () => {
    expect(
      await rulesFor("app/zz-violation.ts", 'import { prisma } from "@/lib/db/client";\nexport const n = () => prisma.user.count();\n'),
    ).toEqual(["no-restricted-syntax"]);
  });

  it("refuses an import cycle", async () => {
    const dir = mkdtempSync(path.join(root, "lib", "zz-cycle-"));
    dirs.push(dir);
    writeFileSync(path.join(dir, "a.ts"), 'import { b } from "./b";\nexport const a = () => b;\n');
    writeFileSync(path.join(dir, "b.ts"), 'import { a } from "./a";\nexport const b = () => a;\n');
    const [result] = await eslint.lintFiles([path.join(dir, "a.ts")]);
    expect(result.messages.map((m) => m.ruleId)).toEqual(["import-x/no-cycle"]);
  });

  it("accepts the repository's own layering (a file that follows the rules)", async () => {
    expect(
      await rulesFor("lib/engine/zz-fine.ts", 'import { ROLE_LABELS } from "../formats/enums";\nexport const x = ROLE_LABELS;\n'),
    ).toEqual([]);
  });
}, 120_000);
