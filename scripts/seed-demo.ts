// npm run db:seed: loads the demo deployment into an empty database (it never touches existing data).
import { createPrismaClient } from "../lib/db/client";
import { loadDemoIfEmpty } from "./demo-seed";

const db = createPrismaClient();
try {
  console.log(await loadDemoIfEmpty(db));
} finally {
  await db.$disconnect();
}
