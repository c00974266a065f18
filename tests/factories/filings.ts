// Online filings for tests, made through the public use cases themselves: a draft started
// with a solved proof of work, a UR decision uploaded, the application filed.
import type { RequestMeta } from "@/lib/auth/actor.ts";
import { getServerSecret } from "@/lib/config/secret.ts";
import { saveFilingDraft } from "@/lib/filings/filing-drafts.ts";
import { uploadFilingPaper } from "@/lib/filings/filing-papers.ts";
import { issueChallenge, powDifficulty, solveChallenge } from "@/lib/filings/proof-of-work.ts";
import { submitFiling } from "@/lib/filings/submit-filing.ts";
import { californiaToday } from "@/lib/format/dates.ts";
import { addDays } from "@/lib/deadlines/calendar.ts";
import { unique } from "./index.ts";

process.env.IMR_POW_BITS ??= "4";
// the challenge is issued and checked in this process: any secret will do where none is set (end-to-end data)
if (!process.env.NEXTAUTH_SECRET) process.env.IMR_AUTH_SECRET ??= "test-filing-secret-test-filing-secret";

/** A solved, unspent proof of work. */
export function solvedPow(now = new Date()) {
  const { challenge, difficulty } = issueChallenge(getServerSecret(), now, powDifficulty());
  return { challenge, counter: solveChallenge(challenge, difficulty) };
}

export const filingMeta = (ip: string | null = null): RequestMeta => ({ ip, userAgent: "test" });

/** A one-page PDF pdf.js can open, with some unique text (so each is a different file). */
export function onePagePdf(text = unique("page")): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** The fields of a valid online application, served recently (in time). */
export function filingData(overrides: Record<string, unknown> = {}) {
  const today = californiaToday();
  return {
    filerRole: "REPRESENTATIVE",
    filerEmail: `${unique("filer")}@example.com`,
    representativeName: "Rosa Alvarez, Esq.",
    employeeName: `Maria ${unique("Lopez")}`,
    employeeDateOfBirth: "1980-04-02",
    employeeAddress: "12 Elm St, Fresno CA 93701",
    claimNumber: unique("CLM"),
    dateOfInjury: addDays(today, -200),
    employerName: "Valley Orchards Inc.",
    claimsAdministratorName: "Golden State Claims",
    requestingPhysicianName: "Dr. Alan Park",
    urDecisionDate: addDays(today, -5),
    urDecisionServedOn: addDays(today, -4),
    urServiceMethod: "MAIL",
    reviewType: "STANDARD",
    items: ["Lumbar MRI without contrast"],
    ...overrides,
  };
}

/** A draft with its token (and optionally a UR decision uploaded). */
export async function startDraft({ data = filingData(), ip = null as string | null, withUrDecision = true } = {}) {
  const meta = filingMeta(ip);
  const { token } = await saveFilingDraft({ meta, input: { data, lang: "en", pow: solvedPow() } });
  const paper = withUrDecision
    ? await uploadFilingPaper({ meta, input: { token, kind: "UR_DECISION", fileName: "ur.pdf" }, bytes: onePagePdf() })
    : null;
  return { token: token!, data, paper, meta };
}

/** A filed application waiting in intake's queue. */
export async function createTestFiling(overrides: Record<string, unknown> = {}) {
  const draft = await startDraft({ data: filingData(overrides) });
  const filed = await submitFiling({
    meta: draft.meta,
    input: {
      token: draft.token,
      lang: "en",
      data: draft.data,
      signedName: "Rosa Alvarez",
      attest: true,
      pow: solvedPow(),
    },
  });
  return { ...filed, data: draft.data, paper: draft.paper! };
}
