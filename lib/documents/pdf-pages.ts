// Reads a PDF's page count from its page objects, and checks that bytes are a PDF by
// content (the header), never by file name.
export function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 5).toString("latin1") === "%PDF-";
}

export function countPdfPages(bytes: Buffer): number | null {
  if (!isPdf(bytes)) return null;
  const matches = bytes.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g);
  return matches ? matches.length : null;
}
