// The content of a notice to the parties, as plain data: the eligibility notice (ineligible,
// deferred, or a request for information) and the notice of assignment with its request
// for records (8 CCR 9792.10.3, 9792.10.4, 9792.10.5).
export type NoticeModel = {
  organizationName: string;
  title: string;
  caseNumber: string;
  date: string;
  recipients: { role: string; name: string }[];
  paragraphs: string[];
  /** numbered list under the paragraphs: reasons, missing information, records requested */
  list?: { heading: string; entries: string[] };
  closing: string[];
  /** PROOF OF SERVICE: when, and each party's method and address (notices issued before it have none) */
  service?: NoticeService;
};

export type NoticeService = {
  /** the California date of service, formatted */
  servedOn: string;
  /** one line per party: "Employee: Maria Lopez, 12 Elm St, Fresno. Served by first-class mail." */
  lines: string[];
};

/** The opening of a notice's proof of service. */
export const noticeServiceStatement = (model: Pick<NoticeModel, "organizationName">, servedOn: string) =>
  `On ${servedOn}, ${model.organizationName.trim()} served this notice on each party below, by the method shown.`;
