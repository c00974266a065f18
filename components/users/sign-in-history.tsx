// The account's recent sign-in events: successes, failures with their reason, locks,
// unlocks and recovery codes spent.
import { formatDateTime } from "@/lib/format/dates.ts";

const WORDS: Record<string, string> = {
  "user.signed_in": "Signed in",
  "user.sign_in_failed": "Sign-in refused",
  "user.locked": "Locked after failed sign-ins",
  "user.unlocked": "Unlocked by an administrator",
  "user.recovery_code_used": "Recovery code used",
};

type Event = { id: string; at: Date; action: string; ip: string | null; reason: string | null };

export function SignInHistory({ events }: { events: Event[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">No sign-in yet.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {events.map((event) => (
        <li key={event.id} className="flex flex-wrap justify-between gap-x-4 gap-y-1 py-2">
          <span>
            {WORDS[event.action] ?? event.action}
            {event.reason ? <span className="text-slate-500"> ({event.reason})</span> : null}
          </span>
          <span className="text-slate-500">
            {formatDateTime(event.at)}
            {event.ip ? ` · ${event.ip}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
