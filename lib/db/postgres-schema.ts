// PostgreSQL's schema is derived from prisma/schema.prisma (the one source of truth for the models):
// Prisma fixes the provider per schema file, so PostgreSQL needs its own schema, client and
// migrations, and this keeps them mechanical rather than hand-copied.

export const POSTGRES_SCHEMA_HEADER = "// GENERATED from prisma/schema.prisma by scripts/derive-postgres-schema.ts. Do not edit by hand.\n";

export function derivePostgresSchema(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output(\s*)=\s*"\.\.\/lib\/db\/generated\/sqlite"/, 'output$1= "../../lib/db/generated/postgres"');
  if (out.includes('"sqlite"') || !out.includes("generated/postgres"))
    throw new Error("prisma/schema.prisma no longer has the expected generator and datasource blocks");
  return POSTGRES_SCHEMA_HEADER + out;
}
