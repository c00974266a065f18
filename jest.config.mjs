// Jest in native ESM mode (run with NODE_OPTIONS=--experimental-vm-modules): PGlite and
// @react-pdf/renderer are ESM-only. Three tiers: unit (pure rules), integration (real
// PostgreSQL, one fresh database per run), e2e (Chromium against the production build).
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "es6" },
  },
];

const shared = {
  testEnvironment: "node",
  extensionsToTreatAsEsm: [".ts", ".tsx"],
  transform: { "^.+\\.(t|j)sx?$": swc },
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
};

const config = {
  projects: [
    { ...shared, displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts?(x)"] },
    {
      ...shared,
      displayName: "integration",
      testMatch: ["<rootDir>/tests/integration/**/*.test.ts?(x)"],
      globalSetup: "<rootDir>/tests/support/integration-setup.ts",
      globalTeardown: "<rootDir>/tests/support/integration-teardown.ts",
      setupFiles: ["<rootDir>/tests/support/integration-env.ts"],
      // real databases on a shared machine: a slow moment is not a failure
      testTimeout: 30_000,
    },
    {
      ...shared,
      displayName: "e2e",
      testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"],
      globalSetup: "<rootDir>/tests/support/e2e-setup.ts",
      globalTeardown: "<rootDir>/tests/support/e2e-teardown.ts",
    },
  ],
};

export default config;
