// Each integration test file talks to the run's own database (set by globalSetup).
if (!process.env.DATABASE_URL?.includes("imr_it_")) {
  throw new Error("Integration tests must run through Jest's integration project (npm test)");
}
process.env.IMR_AUTH_SECRET ??= "integration-test-secret-integration-test-secret";
