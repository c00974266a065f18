// Renders a notice with the letters' bundled fonts: title, case number and date, the
// parties it goes to, the text, and a numbered list. Page numbers on every page. The fonts,
// fallback and word breaking are the letter's (../determinations/letter/fonts.ts). The list
// heading is a direct child of the page, kept with the list's first lines (a heading that is
// the first child of a box is not kept with what follows).
import { Document, Page, StyleSheet, Text, renderToBuffer } from "@react-pdf/renderer";
import { LETTER_FONT_STACK, registerLetterFonts } from "../determinations/letter/fonts.ts";
import { noticeServiceStatement, type NoticeModel } from "./notice-model.ts";

/** Space (points) the list heading needs below it on the same page, as the letter's headings. */
const KEEP_WITH_NEXT = 60;

const styles = StyleSheet.create({
  page: { fontFamily: LETTER_FONT_STACK, fontSize: 11.5, padding: 72 },
  title: { fontSize: 15, fontWeight: "bold", marginBottom: 10, lineHeight: 1.3 },
  meta: { fontSize: 11.5, lineHeight: 1.4, paddingBottom: 10 },
  paragraph: { fontSize: 11.5, lineHeight: 1.4, paddingBottom: 8 },
  heading: { fontSize: 11.5, fontWeight: "bold", lineHeight: 1.4, paddingTop: 4, paddingBottom: 4 },
  footer: { position: "absolute", bottom: 36, left: 72, right: 72, fontSize: 9, textAlign: "center" },
});

function NoticeDocument({ model }: { model: NoticeModel }) {
  return (
    <Document
      title={`${model.title} ${model.caseNumber}`}
      author={model.organizationName}
      subject="Independent Medical Review notice"
      creator={model.organizationName}
    >
      <Page size="LETTER" style={styles.page}>
        <Text style={styles.title}>{model.title}</Text>
        <Text style={styles.meta}>{`Case Number: ${model.caseNumber}\nDate: ${model.date}`}</Text>
        <Text
          style={styles.meta}
        >{`This notice was sent to:\n${model.recipients.map((r) => `${r.role}: ${r.name}`).join("\n")}`}</Text>
        {model.paragraphs.map((p, i) => (
          <Text key={i} style={styles.paragraph}>
            {p}
          </Text>
        ))}
        {model.list ? (
          <>
            <Text style={styles.heading} minPresenceAhead={KEEP_WITH_NEXT} wrap={false}>
              {model.list.heading}
            </Text>
            <Text style={styles.paragraph}>{model.list.entries.map((e, i) => `${i + 1}. ${e}`).join("\n")}</Text>
          </>
        ) : null}
        {model.closing.map((p, i) => (
          <Text key={`c${i}`} style={styles.paragraph}>
            {p}
          </Text>
        ))}
        {model.service ? (
          <>
            <Text style={styles.heading} minPresenceAhead={KEEP_WITH_NEXT} wrap={false}>
              PROOF OF SERVICE
            </Text>
            <Text style={styles.paragraph}>{noticeServiceStatement(model, model.service.servedOn)}</Text>
            <Text style={styles.paragraph}>{model.service.lines.map((line, i) => `${i + 1}. ${line}`).join("\n")}</Text>
          </>
        ) : null}
        <Text
          style={styles.footer}
          fixed
          render={({ pageNumber, totalPages }) => `${model.caseNumber} · Page ${pageNumber} of ${totalPages}`}
        />
      </Page>
    </Document>
  );
}

export async function renderNoticePdf(model: NoticeModel): Promise<Buffer> {
  registerLetterFonts();
  return renderToBuffer(<NoticeDocument model={model} />);
}
