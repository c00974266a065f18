// What a refused call may show a user: its own clear message (and field messages), never the
// generic "something went wrong" of an unknown error, never internals (stack frames, Prisma
// or SQL text), and never an echo of a huge input.
import { GENERIC_FAILURE, type ActionResult } from "@/lib/action-result.ts";

const INTERNALS =
  /prisma|invalid `|\bsql\b|select .* from|insert into|update "|constraint|violates|relation "|column "|syntax error|deserializ|\bat \S+ \(|node_modules|\.ts:\d+|TypeError|ReferenceError|RangeError|is not a function|cannot read propert|\bP\d{4}\b|ECONN|stack/i;

/** Why `result` is not a clear refusal, or null when it is one. */
export function unclearRefusal(result: ActionResult<unknown>): string | null {
  if (result.ok) return "accepted";
  if (result.message === GENERIC_FAILURE) return "an unknown error (the generic failure)";
  const texts = [result.message, ...Object.values(result.fieldErrors ?? {}).flat()];
  for (const text of texts) {
    if (typeof text !== "string" || !text.trim()) return "an empty message";
    if (text.length > 300) return `a message of ${text.length} characters`;
    if (INTERNALS.test(text)) return `internal text: ${text.slice(0, 200)}`;
  }
  const size = JSON.stringify(result).length;
  return size > 20_000 ? `a response of ${size} characters` : null;
}

/** Runs `work` with console.error captured (unknown errors are logged there); returns the calls. */
export async function capturingConsoleError<T>(work: () => Promise<T>): Promise<{ value: T; logged: unknown[][] }> {
  const original = console.error;
  const logged: unknown[][] = [];
  console.error = (...args: unknown[]) => void logged.push(args);
  try {
    return { value: await work(), logged };
  } finally {
    console.error = original;
  }
}
