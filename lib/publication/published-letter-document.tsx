// The published copy of a final determination as a react-pdf document: the letter's own
// blocks, styles and fonts (lib/determinations/letter), drawn from the redacted letter model,
// with "Published copy — identifying information removed" under the title and at the foot of
// every page. Names and numbers the redaction cut out leave a gap, as in the published DWC
// letters ("referred to  who is recommending").
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { Fragment } from "react";
import { letterBlocks, type LetterBlock } from "../determinations/letter/letter-blocks.ts";
import type { LetterModel } from "../determinations/letter/letter-model.ts";
import { styles } from "../determinations/letter/letter-styles.ts";
import { LETTER_TITLE, documentTitle, runningTitle } from "../determinations/letter/letter-text.ts";
import { PUBLISHED_MARK } from "./published-text.ts";

/**
 * Space (points) a heading needs below it on the same page, as in the issued letter. A heading
 * is also never split (wrap={false}): one whose bottom padding crosses the foot of the page
 * would otherwise stay alone there, its padding carried over to the next page.
 */
const KEEP_WITH_NEXT = 60;

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

function lines<T>(items: T[], line: (item: T) => React.ReactNode): React.ReactNode[] {
  return items.flatMap((item, i) => (i === 0 ? [line(item)] : ["\n", line(item)]));
}

function Block({ block }: { block: LetterBlock }) {
  switch (block.kind) {
    case "title":
      return (
        <>
          <Text style={styles.title}>{block.text}</Text>
          <Text style={published.mark}>{PUBLISHED_MARK}</Text>
        </>
      );
    case "notice":
      return <Text style={styles.amendment}>{block.text}</Text>;
    case "fields":
      return (
        <Text style={styles.fields}>
          {lines(block.fields, (f) => <Fragment key={f.label}><Text style={styles.label}>{f.label}</Text> {f.value}</Fragment>)}
        </Text>
      );
    case "recipients":
      return (
        <>
          <Text style={styles.recipientsLabel}>{block.label}</Text>
          <Text style={styles.recipients}>{block.lines.join("\n")}</Text>
        </>
      );
    case "heading":
      return <Text style={styles.heading} minPresenceAhead={KEEP_WITH_NEXT} wrap={false}>{block.text}</Text>;
    case "itemTitle":
      return <Text style={styles.itemTitle} minPresenceAhead={KEEP_WITH_NEXT} wrap={false}>{block.text}</Text>;
    case "list":
      return <Text style={styles.list}>{block.items.map((item) => `${item.marker} ${item.text}`).join("\n")}</Text>;
    case "paragraph":
      if (!block.label) return <Text style={styles.paragraph}>{block.text}</Text>;
      return (
        <Text style={styles.paragraph}>
          <Text style={styles.label}>{block.label}</Text> {block.text}
        </Text>
      );
  }
}

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
        {letterBlocks(model).map((block, i) => <Block key={i} block={block} />)}
        <Text style={styles.footer} fixed render={({ pageNumber, totalPages }) => `${PUBLISHED_MARK} \u00B7 Page ${pageNumber} of ${totalPages}`} />
      </Page>
    </Document>
  );
}
