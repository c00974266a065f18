// Audit events in words (pure): who acted, and the payload as compact "key: value" text.
import { partyRoleLabel } from "../parties/party-role-labels.ts";

const STAFF_ROLES: Record<string, string> = { INTAKE: "Intake", ADMIN: "Admin", REVIEWER: "Reviewer" };

export type ActorFacts = {
  actorType: string;
  actorRole: string | null;
  actorName: string | null;
  partyRole: string | null;
  ip: string | null;
};

/** "Ana Ruiz (Intake)", "Employee (party)", "A visitor from 10.0.0.1" (a system-recorded request), "The system". */
export const staffRoleLabel = (role: string) => STAFF_ROLES[role] ?? role;

export function describeActor(a: ActorFacts): string {
  switch (a.actorType) {
    case "USER":
      return `${a.actorName ?? "A former user"}${a.actorRole ? ` (${STAFF_ROLES[a.actorRole] ?? a.actorRole})` : ""}`;
    case "PARTY":
      return a.partyRole ? `${partyRoleLabel(a.partyRole)} (party)` : "A party";
    case "PUBLIC":
      return "A member of the public";
    default:
      return a.ip ? `A visitor from ${a.ip}` : "The system";
  }
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** ids and hashes: their first characters are enough to tell them apart on a screen */
const ID_OR_HASH = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32,})$/i;

function valueText(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (typeof value === "string" && ID_OR_HASH.test(value)) return `${value.slice(0, 8)}…`;
  if (typeof value === "string") return clip(value.replace(/\s+/g, " "), 80);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length ? clip(value.map(valueText).join(", "), 120) : "none";
  return clip(JSON.stringify(value), 80);
}

/** `{ method: "AUTO", score: 0.9 }` becomes "method: AUTO; score: 0.9", at most `max` characters; ids and hashes shortened. */
export function payloadSummary(payload: unknown, max = 300): string {
  if (payload === null || payload === undefined) return "";
  if (typeof payload !== "object" || Array.isArray(payload)) return clip(valueText(payload), max);
  return clip(
    Object.entries(payload as Record<string, unknown>)
      .map(([key, value]) => `${key}: ${valueText(value)}`)
      .join("; "),
    max,
  );
}
