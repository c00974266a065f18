// Next.js calls register() once when a server starts. On the Node.js runtime it starts the
// background job loop (lib/jobs/job-loop.ts): jobs, e-mail delivery and reminders. Not
// during `next build`, and not when IMR_JOBS=off (a deployment running `npm run jobs:work`
// as a separate worker instead).
export async function register(): Promise<void> {
  // The import sits inside the Node.js branch, so an edge bundle never includes the job code.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    if (process.env.NEXT_PHASE === "phase-production-build") return;
    if (process.env.IMR_JOBS?.trim().toLowerCase() === "off") return;
    const { startJobLoop } = await import("./lib/jobs/job-loop.ts");
    startJobLoop();
  }
}
