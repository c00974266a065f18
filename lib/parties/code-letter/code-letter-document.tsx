// Renders a party's code letter (react-pdf, the letters' bundled fonts): the recipient, then
// the same text in English and in Spanish, each with the portal address, the case number and
// the code in large type.
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { LETTER_FONT_STACK, registerLetterFonts } from "../../determinations/letter/fonts.ts";
import type { CodeLetterModel } from "./code-letter-model.ts";

const styles = StyleSheet.create({
  page: { fontFamily: LETTER_FONT_STACK, fontSize: 11.5, padding: 72 },
  meta: { lineHeight: 1.4, paddingBottom: 14 },
  heading: { fontSize: 14, fontWeight: "bold", paddingBottom: 8 },
  paragraph: { lineHeight: 1.4, paddingBottom: 8 },
  box: { borderWidth: 1, borderColor: "#333333", padding: 10, marginBottom: 18 },
  label: { fontSize: 10, paddingTop: 4 },
  value: { fontSize: 13, fontWeight: "bold" },
  code: { fontSize: 20, fontWeight: "bold", letterSpacing: 2, paddingTop: 2 },
});

function CodeLetterDocument({ model }: { model: CodeLetterModel }) {
  const recipient = [model.recipient.name, model.recipient.address?.trim()].filter(Boolean).join("\n");
  return (
    <Document
      title={`Access code ${model.caseNumber}`}
      author={model.organizationName}
      subject="Independent Medical Review access code"
      creator={model.organizationName}
    >
      <Page size="LETTER" style={styles.page}>
        <Text
          style={styles.meta}
        >{`${model.organizationName}\n${model.date}\n\n${recipient}\n(${model.recipient.role})`}</Text>
        {model.sections.map((section) => (
          <View key={section.lang} wrap={false}>
            <Text style={styles.heading}>{section.heading}</Text>
            {section.paragraphs.map((p, i) => (
              <Text key={i} style={styles.paragraph}>
                {p}
              </Text>
            ))}
            <View style={styles.box}>
              <Text style={styles.label}>{section.labels.portal}</Text>
              <Text style={styles.value}>{model.portalAddress}</Text>
              <Text style={styles.label}>{section.labels.caseNumber}</Text>
              <Text style={styles.value}>{model.caseNumber}</Text>
              <Text style={styles.label}>{section.labels.code}</Text>
              <Text style={styles.code}>{model.code}</Text>
            </View>
          </View>
        ))}
      </Page>
    </Document>
  );
}

export async function renderCodeLetterPdf(model: CodeLetterModel): Promise<Buffer> {
  registerLetterFonts();
  return renderToBuffer(<CodeLetterDocument model={model} />);
}
