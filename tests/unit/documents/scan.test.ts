// The virus-scan hook: no scanner configured accepts, exit 0 is clean, anything else refuses.
import { scanDocument } from "@/lib/documents/scan.ts";

const pdf = Buffer.from("%PDF-1.4 test");

describe("scanDocument", () => {
  it.each([
    ["no scanner configured", undefined, true],
    ["a scanner that finds nothing (exit 0)", "true", true],
    ["a scanner that finds something (exit 1)", "false", false],
    ["a scanner that cannot start", "/nonexistent/scanner", false],
  ])("%s", async (_label, command, clean) => {
    expect((await scanDocument(pdf, command)).clean).toBe(clean);
  });

  it("passes the bytes on standard input", async () => {
    // grep exits 0 only if it reads the PDF header from its input.
    expect((await scanDocument(pdf, "grep -q %PDF-")).clean).toBe(true);
    expect((await scanDocument(Buffer.from("GIF89a"), "grep -q %PDF-")).clean).toBe(false);
  });
});
