import { resolveDatabaseTarget, resolveDirectDatabaseTarget } from "@/lib/db/config.ts";

describe("resolveDatabaseTarget", () => {
  it.each([
    [{}, "pglite"],
    [{ DATABASE_URL: "" }, "pglite"],
    [{ DATABASE_URL: "postgresql://u@h/db" }, "postgres"],
    [{ DATABASE_URL: "postgres://u@h/db" }, "postgres"],
  ])("%j uses %s", (env, kind) => {
    expect(resolveDatabaseTarget(env).kind).toBe(kind);
  });

  it("rejects a URL of another database", () => {
    expect(() => resolveDatabaseTarget({ DATABASE_URL: "mysql://x" })).toThrow(/postgresql/);
  });

  it("keeps the embedded database in the folder given by PGLITE_DIR", () => {
    expect(resolveDatabaseTarget({ PGLITE_DIR: "/tmp/x" })).toEqual({ kind: "pglite", dataDir: "/tmp/x" });
  });
});

describe("resolveDirectDatabaseTarget (migrations, backup and restore bypass a transaction pooler)", () => {
  const pooled = "postgresql://u@pgbouncer:6432/db";
  const direct = "postgresql://u@primary:5432/db";
  it.each([
    ["the direct URL when both are set", { DATABASE_URL: pooled, DATABASE_DIRECT_URL: direct }, direct],
    ["DATABASE_URL without a direct URL", { DATABASE_URL: pooled }, pooled],
    ["DATABASE_URL when the direct URL is blank", { DATABASE_URL: pooled, DATABASE_DIRECT_URL: " " }, pooled],
  ])("uses %s", (_label, env, url) => {
    expect(resolveDirectDatabaseTarget(env)).toEqual({ kind: "postgres", url });
  });

  it("keeps the embedded database when nothing is set", () => {
    expect(resolveDirectDatabaseTarget({ PGLITE_DIR: "/tmp/x" })).toEqual({ kind: "pglite", dataDir: "/tmp/x" });
  });

  it.each([
    ["a direct URL without DATABASE_URL", { DATABASE_DIRECT_URL: direct }, /needs DATABASE_URL/],
    ["a direct URL of another database", { DATABASE_URL: pooled, DATABASE_DIRECT_URL: "mysql://x" }, /postgresql/],
  ])("refuses %s", (_label, env, message) => {
    expect(() => resolveDirectDatabaseTarget(env)).toThrow(message);
  });
});
