// Generates the Prisma client without network access. The Prisma CLI insists on locating a native
// schema engine even for `generate`, which only uses bundled Wasm; pointing the variables at any
// existing file stops it from trying to download one (see ARCHITECTURE.md, "Database").
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const schemas = ["prisma/schema.prisma", "prisma/postgres/schema.prisma"].filter((s) => existsSync(s));
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
for (const schema of schemas) {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", schema], {
    stdio: ["ignore", "inherit", "inherit"],
    env,
  });
}
