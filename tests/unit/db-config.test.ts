import { resolveDatabaseTarget } from "@/lib/db/config.ts";

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
