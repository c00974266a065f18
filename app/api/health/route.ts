// Liveness: the process is up and answering. Touches nothing else (no database), so a slow
// database never gets a healthy instance restarted.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
