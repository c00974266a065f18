import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layers (ARCHITECTURE.md). lib/ is the domain and never imports the routes or the UI.
const LIB_IMPORTS = [
  { regex: "^@/(app|components)(/|$)", message: "lib/ never imports from app/ or components/: pass what it needs in." },
  {
    regex: "^(\\.\\./)+(app|components)(/|$)",
    message: "lib/ never imports from app/ or components/: pass what it needs in.",
  },
];

// Use cases queue background work (lib/jobs/enqueue-job.ts) and wake the loop after their
// commit (lib/jobs/wake.ts); the loop, the runner and the handlers (which call the use cases)
// are imported only within lib/jobs, by the server's start-up and by the worker script.
const JOB_RUNNER_IMPORTS = [
  {
    regex: "(^|/)jobs/(job-loop|job-runner|handlers|claim-job)(\\.ts)?$",
    message:
      "Queue work with lib/jobs/enqueue-job.ts and wake the loop with lib/jobs/wake.ts after the commit: the loop, runner and handlers call the use cases, not the other way round.",
  },
];

// The audit trail: use cases write it through lib/audit/record-audit.ts; reading it (the
// viewer, a case's history, the CSV export) is lib/audit-viewer, used by the pages only.
const AUDIT_VIEWER_IMPORTS = [
  {
    regex: "(^|/)audit-viewer(/|$)",
    message:
      "Use cases write the audit trail with lib/audit/record-audit.ts; the viewer (lib/audit-viewer) is for the pages.",
  },
];

// Tooling (tools/: the load generator, the demo data) uses lib; lib never uses tooling.
const TOOLS_IMPORTS = [
  {
    regex: "^@/tools(/|$)|^(\\.\\./)+tools(/|$)",
    message: "lib/ never imports tooling (tools/): the app must not depend on the load generator or the demo data.",
  },
];

// The pure core: rules over plain data, no I/O, no clock, no Prisma types. The use cases
// (lib/cases, lib/intake, lib/publication, ...) load the data, read the clock and pass both in.
const CORE = ["eligibility", "deadlines", "matching", "redaction", "identity"];
const CORE_IMPORTS = [
  ...LIB_IMPORTS,
  {
    regex: "(^|/)db(/|$)",
    message:
      "The pure core does not touch the data layer (lib/db, Prisma's generated client and types): the use case loads the rows and passes plain data.",
  },
  {
    regex: "^(@prisma/|\\.prisma/|prisma$|pg$|pg/|@electric-sql/|pglite-prisma-adapter)",
    message: "The pure core does not touch the database or Prisma's types.",
  },
  {
    regex:
      "^(node:)?(fs|fs/promises|net|http|https|http2|tls|dgram|dns|dns/promises|child_process|cluster|worker_threads|readline|os)$",
    message: "The pure core does no I/O: the use case reads and writes, the core computes.",
  },
  {
    regex: "^(next|next-auth)($|/)|^server-only$|^nodemailer($|/)|^@aws-sdk/",
    message: "The pure core does not depend on the framework, the server or outside services.",
  },
  {
    regex: `^\\.\\./(?!(${CORE.join("|")})/)|^(\\.\\./){2,}|^@/(?!lib/(${CORE.join("|")})/)`,
    message: `The pure core (lib/{${CORE.join(",")}}) imports only itself: use cases, jobs and the rest of lib are the callers, not the callees.`,
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { ignoreRestSiblings: true, varsIgnorePattern: "^_", argsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...LIB_IMPORTS, ...TOOLS_IMPORTS, ...JOB_RUNNER_IMPORTS, ...AUDIT_VIEWER_IMPORTS] },
      ],
    },
  },
  {
    files: ["lib/jobs/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...LIB_IMPORTS, ...TOOLS_IMPORTS, ...AUDIT_VIEWER_IMPORTS] }],
    },
  },
  // tooling uses lib, never the routes or the UI (tools/demo/case-file.tsx renders a letter model only)
  {
    files: ["tools/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: LIB_IMPORTS.map((p) => ({ ...p, message: "tools/ uses lib/, never app/ or components/." })) },
      ],
    },
  },
  {
    files: ["lib/audit-viewer/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...LIB_IMPORTS, ...TOOLS_IMPORTS, ...JOB_RUNNER_IMPORTS] }],
    },
  },
  {
    files: CORE.map((dir) => `lib/${dir}/**/*.{ts,tsx}`),
    rules: { "no-restricted-imports": ["error", { patterns: CORE_IMPORTS }] },
  },
  // Links go through components/ui/link.tsx (no prefetching: every page is rendered per request)
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/link",
              message:
                "Use components/ui/link.tsx: Next.js's Link without prefetching (a prefetch of a page rendered per request is a server request that brings back no page).",
            },
          ],
        },
      ],
    },
  },
  { ignores: ["lib/db/generated/**", ".next/**", "data/**", "node_modules/**", "next-env.d.ts"] },
];

export default config;
