import { cleanQueryValues } from "./query-text.ts";

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The first value of each query parameter, without NUL, control characters or lone surrogates (./query-text.ts). */
export function firstValues(params: RawSearchParams): Record<string, string | undefined> {
  return cleanQueryValues(
    Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])),
  );
}
