// The Range header of a GET (RFC 9110, 14.2): one range of bytes, "bytes=a-b", "bytes=a-" or
// "bytes=-n" (the last n bytes). Several ranges at once, or anything unreadable, is answered
// with the whole file (a server may ignore Range); a range that starts past the end is
// unsatisfiable (416).

export type ByteRange = { kind: "whole" } | { kind: "range"; start: number; end: number } | { kind: "unsatisfiable" };

export function parseByteRange(header: string | null | undefined, size: number): ByteRange {
  if (!header) return { kind: "whole" };
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match || (match[1] === "" && match[2] === "")) return { kind: "whole" };
  const [first, last] = [match[1], match[2]];
  if (first === "") {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "range", start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Number(last);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return { kind: "whole" };
  if (start >= size) return { kind: "unsatisfiable" };
  if (end < start) return { kind: "whole" };
  return { kind: "range", start, end: Math.min(end, size - 1) };
}
