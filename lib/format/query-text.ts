// Text that arrives in a URL's query string (list filters and search boxes) made safe to
// compare in PostgreSQL, which refuses a NUL byte in text (and a query that sends one fails
// with a 5xx). Every list's query schema takes its text fields through queryText(), and
// firstValues() (./search-params.ts) cleans the pages' parameters the same way:
// - NUL and the other C0 control characters and DEL become a space (a search is one line);
// - a lone UTF-16 surrogate (half of a character, "%ED%A0%80" or "\uD800") is dropped.
// What is left is ordinary text: it matches what it matches, usually nothing. Length limits
// stay with each schema (too long is "no filter" or a validation message, as each list says).
import { z } from "zod";

const CONTROL = /[\u0000-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without NUL, control characters or lone surrogates. */
export function cleanText(value: string): string {
  return value.replace(CONTROL, " ").replace(LONE_SURROGATE, "");
}

/** For z.preprocess: strings cleaned (cleanText), anything else as it is. */
export function cleanQueryValue(value: unknown): unknown {
  return typeof value === "string" ? cleanText(value) : value;
}

/** A query-string text field: `schema` sees the cleaned text. */
export function queryText<T extends z.ZodType>(schema: T) {
  return z.preprocess(cleanQueryValue, schema);
}

/** Every value of a page's query parameters cleaned (names too: they are echoed into links). */
export function cleanQueryValues(params: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [cleanText(key), value === undefined ? undefined : cleanText(value)]),
  );
}
