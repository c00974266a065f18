// Finds every way into the app from outside, by reading the source with the TypeScript
// compiler: server actions (the exported functions of a "use server" file, and functions
// with an inline "use server") and route handlers (GET/POST/... exported by app/**/route.ts).
// For each, the names it refers to (through the file's own helper functions, with imports
// mapped to the names they were exported under), so a test can check what an entry point
// calls without running it.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type EntryPoint = {
  /** "action app/(admin)/admin/actions.ts#batchAssignAction" or "route POST /api/reviewer/draft" */
  key: string;
  kind: "action" | "route";
  /** relative to the project root, with forward slashes */
  file: string;
  exportName: string;
  /** routes: the URL pattern ("/api/documents/[documentId]") and method */
  urlPath?: string;
  method?: string;
  /** every identifier the entry point's code refers to, imports under their exported names */
  references: Set<string>;
};

const SOURCE_DIRS = ["app", "lib", "components"];
const SKIP_DIRS = new Set(["node_modules", "generated", ".next"]);

function sourceFiles(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : sourceFiles(root, relative);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [relative] : [];
  });
}

const hasUseServer = (statements: ts.NodeArray<ts.Statement>): boolean => {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use server") return true;
  }
  return false;
};

const isExported = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

type FileFacts = {
  /** local name -> name exported by the module it was imported from */
  imports: Map<string, string>;
  /** top-level functions and function-valued constants by name */
  locals: Map<string, ts.Node>;
  /** exported name -> local node (or the local name it re-exports) */
  exports: Map<string, ts.Node | string>;
};

function fileFacts(source: ts.SourceFile): FileFacts {
  const imports = new Map<string, string>();
  const locals = new Map<string, ts.Node>();
  const exports = new Map<string, ts.Node | string>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause) {
      const { name, namedBindings } = statement.importClause;
      if (name) imports.set(name.text, "default");
      if (namedBindings && ts.isNamedImports(namedBindings)) {
        for (const element of namedBindings.elements)
          imports.set(element.name.text, (element.propertyName ?? element.name).text);
      }
    } else if (ts.isFunctionDeclaration(statement) && statement.name) {
      locals.set(statement.name.text, statement);
      if (isExported(statement)) exports.set(statement.name.text, statement);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
        locals.set(declaration.name.text, declaration.initializer);
        if (isExported(statement)) exports.set(declaration.name.text, declaration.initializer);
      }
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.moduleSpecifier &&
      !statement.isTypeOnly &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) {
        if (!element.isTypeOnly) exports.set(element.name.text, (element.propertyName ?? element.name).text);
      }
    }
  }
  return { imports, locals, exports };
}

/** Identifiers used inside `node`, following the file's own functions it uses. */
function referencesOf(node: ts.Node, facts: FileFacts): Set<string> {
  const found = new Set<string>();
  const visitedLocals = new Set<string>();
  const walk = (current: ts.Node) => {
    if (ts.isIdentifier(current)) {
      const name = current.text;
      found.add(facts.imports.get(name) ?? name);
      const local = facts.locals.get(name);
      if (local && !visitedLocals.has(name)) {
        visitedLocals.add(name);
        walk(local);
      }
    }
    ts.forEachChild(current, walk);
  };
  walk(node);
  return found;
}

function resolveExport(target: ts.Node | string, facts: FileFacts): ts.Node | undefined {
  return typeof target === "string" ? facts.locals.get(target) : target;
}

const isFunctionLike = (node: ts.Node | undefined): boolean =>
  !!node &&
  (ts.isFunctionDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isCallExpression(node));

/** "/api/cases/[caseId]/documents" from "app/api/cases/[caseId]/documents/route.ts" (route groups dropped). */
export function urlPathOf(file: string): string {
  const segments = path.posix
    .dirname(file)
    .split("/")
    .slice(1)
    .filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return `/${segments.join("/")}`;
}

/** Functions anywhere in a file whose body starts with "use server" (server actions defined inline in a component). */
function inlineServerActions(source: ts.SourceFile, facts: FileFacts, file: string): EntryPoint[] {
  const found: EntryPoint[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) &&
      node.body &&
      ts.isBlock(node.body) &&
      hasUseServer(node.body.statements)
    ) {
      const name =
        ts.isFunctionDeclaration(node) && node.name
          ? node.name.text
          : `inline@${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      found.push({
        key: `action ${file}#${name}`,
        kind: "action",
        file,
        exportName: name,
        references: referencesOf(node, facts),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function discoverEntryPoints(root = process.cwd()): EntryPoint[] {
  const entries: EntryPoint[] = [];
  for (const file of SOURCE_DIRS.flatMap((dir) => sourceFiles(root, dir))) {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    const isRoute = file.startsWith("app/") && /\/route\.(ts|tsx|js|mjs)$/.test(file);
    if (!isRoute && !text.includes("use server")) continue;
    const source = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
      file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const facts = fileFacts(source);
    if (hasUseServer(source.statements)) {
      for (const [name, target] of facts.exports) {
        const node = resolveExport(target, facts);
        if (!isFunctionLike(node)) continue;
        entries.push({
          key: `action ${file}#${name}`,
          kind: "action",
          file,
          exportName: name,
          references: referencesOf(node!, facts),
        });
      }
    } else if (text.includes("use server")) {
      entries.push(...inlineServerActions(source, facts, file));
    }
    if (isRoute) {
      const urlPath = urlPathOf(file);
      for (const [name, target] of facts.exports) {
        if (!(HTTP_METHODS as readonly string[]).includes(name)) continue;
        const node = resolveExport(target, facts);
        entries.push({
          key: `route ${name} ${urlPath}`,
          kind: "route",
          file,
          exportName: name,
          urlPath,
          method: name,
          references: node ? referencesOf(node, facts) : new Set(),
        });
      }
    }
  }
  return entries.sort((a, b) => a.key.localeCompare(b.key));
}

export type PageRoute = {
  file: string;
  /** "/admin/cases/[caseId]" */
  urlPath: string;
  /** the route group it sits in ("admin", "intake", "reviewer", "public", "account"), or null */
  group: string | null;
};

/** Every page of the app (app/**\/page.tsx), with its URL pattern and route group. */
export function discoverPages(root = process.cwd()): PageRoute[] {
  return sourceFiles(root, "app")
    .filter((file) => /\/page\.(tsx|ts|jsx|js)$/.test(file))
    .map((file) => ({ file, urlPath: urlPathOf(file), group: file.match(/^app\/\(([^)]+)\)\//)?.[1] ?? null }))
    .sort((a, b) => a.urlPath.localeCompare(b.urlPath));
}
