// The e-mail that something is new in a party's inbox: the case number and the portal, in
// English and Spanish, and nothing medical.
import { partyInboxNewText } from "@/lib/notifications/party-inbox-texts.ts";

describe("partyInboxNewText", () => {
  it.each([
    ["notice", true, null, /a new notice/, /served on you through the portal/],
    ["notice", false, null, /a new notice/, /A paper copy is also mailed/],
    [
      "request",
      false,
      new Date("2026-12-15T07:59:59.999Z"),
      /Please answer by December 14, 2026/,
      /Responda a más tardar el 14 de diciembre de 2026/,
    ],
  ] as const)("%s (electronic %s)", (kind, electronic, dueAt, english, other) => {
    const text = partyInboxNewText({ caseNumber: "CM26-0000042", kind, servedElectronically: electronic, dueAt });
    expect(text.subject).toContain("CM26-0000042");
    expect(text.body).toMatch(english);
    expect(text.body).toMatch(other);
    expect(text.body).toContain("/access");
    expect(text.body).toMatch(/caso de Revisión Médica Independiente CM26-0000042/);
    expect(text.body).toMatch(/no medical information/);
  });
});
