// Readiness: 200 when the database answers and every migration is applied, else 503 with a
// short reason (lib/http/readiness.ts), so a load balancer sends traffic only to instances
// that can serve it.
import { checkReadiness } from "@/lib/http/readiness.ts";

export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness();
  const headers = { "Cache-Control": "no-store" };
  return readiness.ready
    ? Response.json({ status: "ready" }, { headers })
    : Response.json({ status: "not ready", reason: readiness.reason }, { status: 503, headers });
}
