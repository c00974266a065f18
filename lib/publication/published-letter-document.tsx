// The published copy of a final determination as a react-pdf document: the letter's own
// blocks, styles and fonts (lib/determinations/letter), drawn from the redacted letter model,
// with "Published copy — identifying information removed" under the title and at the foot of
// every page. Names and numbers the redaction cut out leave a gap, as in the published DWC
// letters ("referred to  who is recommending").
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { letterBlocks } from "../determinations/letter/letter-blocks.ts";
import { LetterBlockView } from "../determinations/letter/letter-document.tsx";
import type { LetterModel } from "../determinations/letter/letter-model.ts";
import { styles } from "../determinations/letter/letter-styles.ts";
import { LETTER_TITLE, documentTitle, runningTitle } from "../determinations/letter/letter-text.ts";
import { PUBLISHED_MARK } from "./published-text.ts";

const published = StyleSheet.create({
  mark: {
    fontSize: 10,
    fontWeight: "bold",
    textAlign: "center",
    color: "#333333",
    borderWidth: 0.75,
    borderColor: "#777777",
    paddingVertical: 4,
    marginBottom: 12,
  },
});

export function PublishedLetterDocument({ model }: { model: LetterModel }) {
  return (
    <Document
      title={`${documentTitle(model)} (published copy)`}
      subject={`${LETTER_TITLE}, Case Number ${model.caseNumber}, ${PUBLISHED_MARK.toLowerCase()}`}
      author={model.organizationName}
      creator={`${model.organizationName} IMR case portal`}
      language="en-US"
    >
      <Page size="LETTER" style={styles.page}>
        <View style={styles.header} fixed>
          <Text>{runningTitle(model)}</Text>
          <Text>Case Number: {model.caseNumber}</Text>
        </View>
        {letterBlocks(model).map((block, i) => (
          <LetterBlockView key={i} block={block} titleMark={{ text: PUBLISHED_MARK, style: published.mark }} />
        ))}
        <Text
          style={styles.footer}
          fixed
          render={({ pageNumber, totalPages }) => `${PUBLISHED_MARK} \u00B7 Page ${pageNumber} of ${totalPages}`}
        />
      </Page>
    </Document>
  );
}
