// Prisma CLI configuration. The schema engine runs as WebAssembly through a driver
// adapter, so no native engine download is needed. The CLI is used only for
// `prisma generate` and for writing migration SQL (`npm run db:diff`); migrations are
// applied by the project's own runner (lib/db/migrate.ts).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

const cliDatabaseUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaPg({ connectionString: cliDatabaseUrl }),
});
