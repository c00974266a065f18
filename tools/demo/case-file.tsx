// Demo medical records for the demo cases: small PDFs made on the fly, stored like any
// other case document, so that the reviewer's case file and viewer have content.
import { Document, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import type { DocumentKind } from "../../lib/db/generated/enums.ts";
import { db } from "../../lib/db/client.ts";
import { storeDocument } from "../../lib/documents/store-document.ts";
import { countPdfPages } from "../../lib/documents/pdf-pages.ts";

type DemoRecord = { kind: DocumentKind; title: string; date: string; pages: string[] };

const FILES: Record<"sample" | "lumbar", DemoRecord[]> = {
  sample: [
    {
      kind: "UR_DECISION",
      title: "Utilization review decision",
      date: "2026-11-09",
      pages: [
        "Utilization Review Determination. Request: left C3, C4, C5 dorsal medial branch diagnostic blocks. Decision: non-certified. Basis: Official Disability Guidelines, Neck and Upper Back, Diagnostic facet blocks.",
      ],
    },
    {
      kind: "MEDICAL_REPORT",
      title: "Progress report, physical medicine",
      date: "2026-07-03",
      pages: [
        "Diagnoses: chronic pain syndrome, cervical spondylosis, shoulder pain.",
        "Left-sided neck pain radiating to the suprascapular region. Restricted extension, tenderness over the mid cervical facets on the left.",
      ],
    },
    {
      kind: "MEDICAL_REPORT",
      title: "EMG/NCV study report",
      date: "2026-02-16",
      pages: ["Electrodiagnostic study of the upper extremities: normal. No evidence of cervical radiculopathy."],
    },
    {
      kind: "APPLICATION",
      title: "Application for Independent Medical Review",
      date: "2026-11-20",
      pages: ["DWC Form IMR, signed by the employee. Disputed item: diagnostic medial branch blocks C3-C5."],
    },
  ],
  lumbar: [
    {
      kind: "UR_DECISION",
      title: "Utilization review decision",
      date: "2026-11-02",
      pages: ["Request: lumbar epidural steroid injection L4-L5; physical therapy x12. Decision: non-certified."],
    },
    {
      kind: "MEDICAL_REPORT",
      title: "Pain management consultation",
      date: "2026-10-14",
      pages: ["Low back pain with right L5 radicular symptoms. MRI: L4-L5 disc protrusion."],
    },
  ],
};

function recordPdf(record: DemoRecord): Promise<Buffer> {
  return renderToBuffer(
    <Document title={record.title}>
      {record.pages.map((text, index) => (
        <Page key={index} size="LETTER" style={{ padding: 72, fontSize: 12, fontFamily: "Times-Roman" }}>
          <Text style={{ fontSize: 16, marginBottom: 12 }}>{record.title}</Text>
          <Text style={{ marginBottom: 12 }}>Date: {record.date}</Text>
          <Text>{text}</Text>
        </Page>
      ))}
    </Document>,
  );
}

export async function seedCaseFile(caseId: string, file: keyof typeof FILES): Promise<void> {
  for (const record of FILES[file]) {
    const bytes = await recordPdf(record);
    await db().$transaction((tx) =>
      storeDocument(tx, {
        caseId,
        kind: record.kind,
        title: record.title,
        fileName: `${record.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.pdf`,
        mimeType: "application/pdf",
        bytes,
        pageCount: countPdfPages(bytes) ?? undefined,
        documentDate: new Date(`${record.date}T00:00:00Z`),
      }),
    );
  }
}
