// Secrets never reach the output: a database URL is shown without its password, and any
// text from a tool (pg_dump's errors) has the password taken out before it is shown.

/** The URL with its password replaced by "***" (a URL that does not parse is not shown at all). */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(a database URL that does not parse)";
  }
}

export function redactText(text: string, secrets: (string | null | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    out = out.split(secret).join("***");
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.split(encoded).join("***");
  }
  return out;
}
