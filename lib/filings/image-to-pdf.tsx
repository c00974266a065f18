// A photographed or scanned paper (JPEG or PNG) as a one-page PDF, so that every case
// document opens in the same viewer and counts pages the same way. Rendered with
// @react-pdf/renderer, the image scaled to fit a US Letter page.
import { Document, Image, Page, renderToBuffer } from "@react-pdf/renderer";

export async function imageToPdf(bytes: Buffer, mimeType: "image/jpeg" | "image/png"): Promise<Buffer> {
  const format = mimeType === "image/png" ? "png" : "jpg";
  return renderToBuffer(
    <Document>
      <Page size="LETTER" style={{ padding: 24 }}>
        {/* eslint-disable-next-line jsx-a11y/alt-text -- a PDF image (react-pdf), not an HTML img */}
        <Image src={{ data: bytes, format }} style={{ objectFit: "contain", width: "100%", height: "100%" }} />
      </Page>
    </Document>,
  );
}
