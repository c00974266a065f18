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
};
