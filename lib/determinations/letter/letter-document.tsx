// The final determination letter as a react-pdf document: the blocks of ./letter-blocks.ts
// (sections in the order of the published DWC letters) under a running header (title and
// case number) and above a "Page N of M" footer on every page; a draft carries
// "DRAFT — NOT ISSUED" across every page.
// Every block is a direct child of the page, so the paginator can split any paragraph and
// keeps each heading with the text that follows it (a heading that is the first child of a
// box is not kept with its successor). Every text node has a fixed layout cost on top of
// its text, so a list or the notice rows are one node each, their entries separate lines. (react-pdf's opt-in `experimentalPagination` engine is faster on
// long letters but, in 4.9, can move the footer to an extra blank last page: not used.)
import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { Styles } from "@react-pdf/renderer";
import { Fragment } from "react";
import { letterBlocks, type LetterBlock } from "./letter-blocks.ts";
import type { LetterModel } from "./letter-model.ts";
import { styles } from "./letter-styles.ts";
import { DRAFT_MARK, LETTER_TITLE, documentTitle, runningTitle } from "./letter-text.ts";

/** Space (points) a heading needs below it on the same page, so it is never left alone. */
const KEEP_WITH_NEXT = 60;

function RunningHeader({ title, caseNumber }: { title: string; caseNumber: string }) {
  return (
    <View style={styles.header} fixed>
      <Text>{title}</Text>
      <Text>Case Number: {caseNumber}</Text>
    </View>
  );
}

function PageFooter() {
  return (
    <Text style={styles.footer} fixed render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
  );
}

/** Lines of one text node: a paragraph each, so each keeps its own first-line indent. */
function lines<T>(items: T[], line: (item: T) => React.ReactNode): React.ReactNode[] {
  return items.flatMap((item, i) => (i === 0 ? [line(item)] : ["\n", line(item)]));
}

/**
 * One block of the letter. `titleMark` (with its style) is printed under the title: the
 * published copy says there that identifying information was removed. A heading is never
 * split (wrap={false}), or one whose padding crosses the foot of a page would stay alone there.
 */
export function LetterBlockView({
  block,
  titleMark,
}: {
  block: LetterBlock;
  titleMark?: { text: string; style: Styles[string] };
}) {
  switch (block.kind) {
    case "title":
      if (!titleMark) return <Text style={styles.title}>{block.text}</Text>;
      return (
        <>
          <Text style={styles.title}>{block.text}</Text>
          <Text style={titleMark.style}>{titleMark.text}</Text>
        </>
      );
    case "notice":
      return <Text style={styles.amendment}>{block.text}</Text>;
    case "fields":
      return (
        <Text style={styles.fields}>
          {lines(block.fields, (f) => (
            <Fragment key={f.label}>
              <Text style={styles.label}>{f.label}</Text> {f.value}
            </Fragment>
          ))}
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
      return (
        <Text style={styles.heading} minPresenceAhead={KEEP_WITH_NEXT} wrap={false}>
          {block.text}
        </Text>
      );
    case "itemTitle":
      return (
        <Text style={styles.itemTitle} minPresenceAhead={KEEP_WITH_NEXT} wrap={false}>
          {block.text}
        </Text>
      );
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

export function LetterDocument({ model }: { model: LetterModel }) {
  return (
    <Document
      title={documentTitle(model)}
      subject={`${LETTER_TITLE}, Case Number ${model.caseNumber}`}
      author={model.organizationName}
      creator={`${model.organizationName} IMR case portal`}
      language="en-US"
    >
      <Page size="LETTER" style={styles.page}>
        {model.draft ? (
          <Text style={styles.draftMark} fixed>
            {DRAFT_MARK}
          </Text>
        ) : null}
        <RunningHeader title={runningTitle(model)} caseNumber={model.caseNumber} />
        {letterBlocks(model).map((block, i) => (
          <LetterBlockView key={i} block={block} />
        ))}
        <PageFooter />
      </Page>
    </Document>
  );
}
