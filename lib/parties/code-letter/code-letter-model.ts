// The words of a party's code letter, in English and then Spanish: where the portal is, the case
// number and the party's own access code, and what the code opens. Plain data, so it can be
// tested and rendered (./code-letter-document.tsx).
export type CodeLetterModel = {
  organizationName: string;
  date: string;
  caseNumber: string;
  recipient: { role: string; name: string; address: string | null };
  portalAddress: string;
  code: string;
  sections: {
    lang: "en" | "es";
    heading: string;
    paragraphs: string[];
    labels: { portal: string; caseNumber: string; code: string };
  }[];
};

export function codeLetterModel(args: {
  organizationName: string;
  date: string;
  caseNumber: string;
  recipient: { role: string; name: string; address: string | null };
  portalAddress: string;
  code: string;
}): CodeLetterModel {
  return {
    ...args,
    sections: [
      {
        lang: "en",
        heading: "Your access to the Independent Medical Review case",
        paragraphs: [
          `${args.organizationName} is handling the Independent Medical Review (IMR) case below. You can follow the case, read its notices and letters, and answer requests for information on the portal.`,
          "Open the portal address, enter the case number and your access code. The code is yours alone: keep it private, like a password. If it is lost or seen by someone else, ask us for a new one; the old code then stops working.",
        ],
        labels: { portal: "Portal address", caseNumber: "Case number", code: "Your access code" },
      },
      {
        lang: "es",
        heading: "Su acceso al caso de Revisión Médica Independiente",
        paragraphs: [
          `${args.organizationName} tramita el caso de Revisión Médica Independiente (IMR) indicado abajo. En el portal puede seguir el caso, leer sus avisos y cartas y responder a las solicitudes de información.`,
          "Abra la dirección del portal e ingrese el número de caso y su código de acceso. El código es solo suyo: guárdelo en privado, como una contraseña. Si lo pierde o alguien más lo ve, pídanos uno nuevo; el código anterior dejará de funcionar.",
        ],
        labels: { portal: "Dirección del portal", caseNumber: "Número de caso", code: "Su código de acceso" },
      },
    ],
  };
}
