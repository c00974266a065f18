// pglite-prisma-adapter 0.6 predates Prisma 6.19's typed query arguments: it hands a
// Bytes argument to PGlite as the base64 string Prisma sends, which PostgreSQL rejects.
// This adds the mapping that @prisma/adapter-pg does (base64 -> Buffer) to the adapter's
// single I/O method, once per process.
type ArgType = { scalarType?: string } | undefined;
type Query = { sql: string; args: unknown[]; argTypes?: ArgType[] };
type Queryable = { performIO(query: Query): Promise<unknown> };

const PATCHED = Symbol.for("imr.pgliteArgMapping");

function mapArg(arg: unknown, type: ArgType): unknown {
  if (typeof arg === "string" && type?.scalarType === "bytes") return Buffer.from(arg, "base64");
  if (Array.isArray(arg) && type?.scalarType === "bytes") return Buffer.from(arg as number[]);
  return arg;
}

export function patchPgliteArgMapping(adapter: object): void {
  let proto: object | null = Object.getPrototypeOf(adapter);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto) throw new Error("Unexpected PGlite adapter shape: no performIO");
  const target = proto as Queryable & { [PATCHED]?: boolean };
  if (target[PATCHED]) return;
  const original = target.performIO;
  target.performIO = function (this: Queryable, query: Query) {
    const args = query.args.map((arg, index) => mapArg(arg, query.argTypes?.[index]));
    return original.call(this, { ...query, args });
  };
  target[PATCHED] = true;
}
