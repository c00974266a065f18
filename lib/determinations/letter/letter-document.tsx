// The final determination letter as a react-pdf document, one component per section, in
// the order of the published letters: notice block, HOW THE IMR FINAL DETERMINATION WAS
// MADE, CLINICAL CASE SUMMARY, IMR ISSUES, DECISIONS AND RATIONALES.
// Sections are fragments, not boxes: every paragraph is a direct child of the page, so the
// paginator can split any of them and keeps each heading with the text that follows it
// (a heading that is the first child of a box is not kept with its successor).
import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { LetterItem, LetterModel } from "./letter-model.ts";
import { styles } from "./letter-styles.ts";

export const HEADINGS = {
  howMade: "HOW THE IMR FINAL DETERMINATION WAS MADE",
  summary: "CLINICAL CASE SUMMARY",
  issues: "IMR ISSUES, DECISIONS AND RATIONALES",
} as const;

export const SUMMARY_INTRO =
  "The expert reviewer developed the following clinical case summary based on a review of the " +
  "case file, including all medical records:";
export const ISSUES_INTRO =
  "The Final Determination was based on decisions for the disputed items/services set forth below:";
export const LETTER_TITLE = "Independent Medical Review Final Determination";

/** Space (points) a heading needs below it on the same page, so it is never left alone. */
const KEEP_WITH_NEXT = 60;

/** Blank-line separated paragraphs of free text. */
function Paragraphs({ text }: { text: string }) {
  const parts = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return parts.map((p, i) => <Text key={i} style={styles.paragraph}>{p}</Text>);
}

function Heading({ children }: { children: string }) {
  return <Text style={styles.heading} minPresenceAhead={KEEP_WITH_NEXT}>{children}</Text>;
}

function RunningHeader({ caseNumber }: { caseNumber: string }) {
  return (
    <View style={styles.header} fixed>
      <Text>{LETTER_TITLE}</Text>
      <Text>Case Number: {caseNumber}</Text>
    </View>
  );
}

function PageFooter() {
  return (
    <Text style={styles.footer} fixed render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
  );
}

function NoticeRow({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.noticeRow}>
      <Text style={styles.noticeLabel}>{label}</Text>
      <Text style={styles.noticeValue}>{value}</Text>
    </View>
  );
}

function Notice({ model }: { model: LetterModel }) {
  return (
    <View>
      <Text style={styles.title}>{LETTER_TITLE}</Text>
      <NoticeRow label="Case Number:" value={model.caseNumber} />
      <NoticeRow label="Date:" value={model.issuedOn} />
      <NoticeRow label="Date of Injury:" value={model.dateOfInjury} />
      <NoticeRow label="Claim Number:" value={model.claimNumber} />
      <View style={styles.recipients}>
        <Text style={styles.label}>This letter was sent to:</Text>
        {model.recipients.map((r, i) => (
          <Text key={i} style={styles.recipient}>{`${r.role}: ${r.name}`}</Text>
        ))}
      </View>
    </View>
  );
}

function HowMade({ text }: { text: string }) {
  return (
    <>
      <Heading>{HEADINGS.howMade}</Heading>
      <Paragraphs text={text} />
    </>
  );
}

function ClinicalSummary({ text }: { text: string }) {
  return (
    <>
      <Heading>{HEADINGS.summary}</Heading>
      <Text style={styles.paragraph}>{SUMMARY_INTRO}</Text>
      <Paragraphs text={text} />
    </>
  );
}

function Labelled({ label, text }: { label: string; text: string }) {
  return (
    <Text style={styles.paragraph}>
      <Text style={styles.label}>{label}</Text> {text.trim()}
    </Text>
  );
}

function Item({ item, organizationName }: { item: LetterItem; organizationName: string }) {
  const [first, ...rest] = item.rationale.split(/\n\s*\n/);
  return (
    <>
      <Text style={styles.itemTitle} minPresenceAhead={KEEP_WITH_NEXT}>
        {`${item.number} ${item.description.trim()}: ${item.decision}`}
      </Text>
      <Labelled label="Claims Administrator guideline:" text={item.claimsAdministratorGuideline} />
      <Labelled label={`${organizationName} guideline:`} text={item.reviewerGuideline} />
      <Labelled label="Decision rationale:" text={first ?? ""} />
      <Paragraphs text={rest.join("\n\n")} />
    </>
  );
}

function Issues({ model }: { model: LetterModel }) {
  return (
    <>
      <Heading>{HEADINGS.issues}</Heading>
      <Text style={styles.paragraph}>{ISSUES_INTRO}</Text>
      {model.items.map((item, i) => (
        <Item key={i} item={item} organizationName={model.organizationName} />
      ))}
    </>
  );
}

export function LetterDocument({ model }: { model: LetterModel }) {
  return (
    <Document
      title={`IMR Final Determination ${model.caseNumber}`}
      subject={`${LETTER_TITLE}, Case Number ${model.caseNumber}`}
      author={model.organizationName}
      creator={`${model.organizationName} IMR case portal`}
      language="en-US"
    >
      <Page size="LETTER" style={styles.page}>
        <RunningHeader caseNumber={model.caseNumber} />
        <Notice model={model} />
        <HowMade text={model.howDeterminationWasMade} />
        <ClinicalSummary text={model.clinicalSummary} />
        <Issues model={model} />
        <PageFooter />
      </Page>
    </Document>
  );
}
