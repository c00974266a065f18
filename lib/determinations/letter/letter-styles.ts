// Styles of the final determination letter: US Letter, one-inch margins, serif body text,
// bold headings, a running header (case number) and footer (page numbers) on every page,
// and on a draft a light diagonal mark behind the text. Every text, header, footer and draft
// mark included, inherits the page's font stack (./fonts.ts): Liberation Serif, then the
// bundled fallback font, never the renderer's unembedded Helvetica.
import { StyleSheet } from "@react-pdf/renderer";
import { LETTER_FONT_STACK } from "./fonts.ts";

const INCH = 72;
const BODY_SIZE = 11.5;
// Line spacing goes on each body text style, beside its font size, never on the page or a
// container: the renderer resolves a unitless line height against the style's own font size
// (18 when inherited), and an inherited one pushes the page-number footer off the page.
const text = { fontSize: BODY_SIZE, lineHeight: 1.4 };
// Space after a paragraph is padding, not margin: a paragraph whose lines fit at the foot of
// a page but whose bottom margin does not would be moved whole to the next page.

export const styles = StyleSheet.create({
  page: {
    fontFamily: LETTER_FONT_STACK,
    fontSize: BODY_SIZE,
    color: "#000000",
    paddingTop: INCH,
    paddingBottom: INCH,
    paddingHorizontal: INCH,
  },
  header: {
    position: "absolute",
    top: INCH / 2,
    left: INCH,
    right: INCH,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 9,
    color: "#333333",
    borderBottomWidth: 0.5,
    borderBottomColor: "#777777",
    paddingBottom: 3,
  },
  footer: {
    position: "absolute",
    bottom: INCH / 2,
    left: INCH,
    right: INCH,
    textAlign: "center",
    fontSize: 9,
    color: "#333333",
  },
  draftMark: {
    position: "absolute",
    top: 350,
    left: 0,
    right: 0,
    textAlign: "center",
    fontSize: 50,
    fontWeight: "bold",
    color: "#cccccc",
    transform: "rotate(-40deg)",
  },
  title: { fontSize: 14, fontWeight: "bold", textAlign: "center", marginBottom: 14 },
  amendment: { fontWeight: "bold", marginBottom: 12, ...text },
  fields: { ...text },
  recipientsLabel: { marginTop: 10, fontWeight: "bold", ...text },
  recipients: { marginLeft: 18, ...text },
  heading: { fontWeight: "bold", marginTop: 18, paddingBottom: 6, ...text },
  paragraph: { paddingBottom: 8, textAlign: "justify", ...text },
  itemTitle: { fontWeight: "bold", marginTop: 10, paddingBottom: 8, ...text },
  // Entries on their own lines, wrapped lines indented under the entry's text.
  list: { paddingLeft: 24, textIndent: -24, paddingBottom: 8, ...text },
  label: { fontWeight: "bold" },
});
