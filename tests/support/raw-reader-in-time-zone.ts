// Run by tests/integration/raw-reader.test.ts in a child process whose TZ is California's:
// the hot reads' reader, on DATABASE_URL, reading and writing instants; prints them as JSON.
import { rawReader } from "@/lib/db/raw-reader.ts";
import { closeDb } from "@/lib/db/client.ts";

const instant = new Date("2025-03-09T10:30:00.000Z"); // the morning California moves its clocks
const [row] = await rawReader().$queryRaw<{ sent: Date; stored: Date; stamps: Date[] }[]>`
  SELECT ${instant}::timestamp(3) AS "sent", '2025-03-09 10:30:00'::timestamp(3) AS "stored",
         ARRAY['2025-07-04 06:05:04.003'::timestamp(3)] AS "stamps"`;
console.log(
  JSON.stringify({
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    sent: row.sent.toISOString(),
    stored: row.stored.toISOString(),
    stamps: row.stamps.map((d) => d.toISOString()),
  }),
);
await closeDb();
