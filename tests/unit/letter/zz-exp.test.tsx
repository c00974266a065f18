import { writeFileSync } from "node:fs";
import { Document, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { registerLetterFonts } from "@/lib/determinations/letter/fonts.ts";
const paras = Array.from({ length: 14 }, (_, p) => Array.from({ length: 9 }, (_, s) => `Paragraph ${p + 1} sentence ${s + 1} weighs the evidence against the MTUS and ODG criteria for this request.`).join(" "));
const st = { fontSize: 11.5, lineHeight: 1.4, marginBottom: 8, textAlign: "justify" } as const;
const mk = (mpa: number | undefined, labelled: boolean) => (
  <View style={{ marginTop: 18 }}>
    <Text style={st} minPresenceAhead={mpa}>HEADING</Text>
    <Text style={st}>Intro line</Text>
    <View style={{ marginTop: 10 }}>
      <Text style={st} minPresenceAhead={mpa}>1 item title: Overturned</Text>
      {labelled ? <Text style={st}><Text style={{ fontWeight: "bold" }}>Decision rationale:</Text> {paras[0]}</Text> : <Text style={st}>{paras[0]}</Text>}
      {paras.slice(1).map((p, i) => <Text key={i} style={st}>{p}</Text>)}
    </View>
  </View>);
const variants: Record<string, any> = { mpa60: mk(60, true), nompa: mk(undefined, true), mpa60plain: mk(60, false), nompaplain: mk(undefined, false) };
it("exp", async () => {
  registerLetterFonts();
  for (const [name, body] of Object.entries(variants)) {
    const buf = await renderToBuffer(<Document><Page size="LETTER" style={{ padding: 72, fontFamily: "Liberation Serif", fontSize: 11.5 }}>{body}</Page></Document>);
    writeFileSync(`/tmp/exp-${name}.pdf`, buf);
  }
}, 60000);
