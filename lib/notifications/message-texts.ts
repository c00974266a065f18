// The e-mail texts: plain, short, and safe to send over ordinary e-mail. They name the case
// number and dates only: never the employee, the treatment, medical facts, the decision or
// a party's access code (the letter itself is reached through the portal with the code).
import { organizationName } from "../config/organization.ts";
import { formatCaliforniaDate, formatCaliforniaTime, formatDateTime } from "../format/dates.ts";

export type MessageText = { subject: string; body: string };

/** A link into the portal: absolute when IMR_PUBLIC_URL (or NEXTAUTH_URL) is set, else the path. */
export function portalLink(path: string, env: Record<string, string | undefined> = process.env): string {
  const base = (env.IMR_PUBLIC_URL ?? env.NEXTAUTH_URL)?.trim().replace(/\/+$/, "");
  return base ? `${base}${path}` : path;
}

function body(...paragraphs: string[]): string {
  return [
    ...paragraphs,
    `This is an automatic message from ${organizationName()}. It contains no medical information; please do not reply.`,
  ].join("\n\n");
}

const REVIEW_TYPE: Record<string, string> = {
  STANDARD: "standard",
  EXPEDITED: "expedited",
  FORMULARY: "pharmacy formulary",
};

export function offeredText(c: { caseNumber: string; reviewType: string }): MessageText {
  return {
    subject: `IMR case ${c.caseNumber} offered to you`,
    body: body(
      `A case (${REVIEW_TYPE[c.reviewType] ?? "standard"} review) has been offered to you: ${c.caseNumber}.`,
      `Please sign in to accept or decline the offer: ${portalLink("/reviewer")}`,
    ),
  };
}

/** To the reviewer whose pending offer an administrator withdrew: never the reason (it may name people or facts). */
export function withdrawnText(c: { caseNumber: string; offeredAt: Date }): MessageText {
  return {
    subject: `IMR case ${c.caseNumber}: offer withdrawn`,
    body: body(
      `The offer of case ${c.caseNumber} made to you on ${formatDateTime(c.offeredAt)} (California time) has been withdrawn by the IMR administrator. You need not answer it, and it no longer appears among your offers.`,
      `Your other offers and cases: ${portalLink("/reviewer")}`,
    ),
  };
}

export function acceptedText(c: {
  caseNumber: string;
  caseId: string;
  reviewerName: string;
  dueAt: Date | null;
}): MessageText {
  return {
    subject: `IMR case ${c.caseNumber}: offer accepted`,
    body: body(
      `${c.reviewerName} accepted the offer of case ${c.caseNumber}${c.dueAt ? `; the final determination is due ${formatDateTime(c.dueAt)} (California time)` : ""}.`,
      `Case page: ${portalLink(`/admin/cases/${c.caseId}`)}`,
    ),
  };
}

export function letterIssuedText(c: { caseNumber: string; amended: boolean }): MessageText {
  const letter = c.amended ? "amended final determination letter" : "final determination letter";
  return {
    subject: `IMR case ${c.caseNumber}: your ${letter} is ready`,
    body: body(
      `The ${letter} of Independent Medical Review case ${c.caseNumber} is ready.`,
      `To read it, open ${portalLink("/access")} and enter the case number and the access code you received by mail with the notice of assignment. For your privacy this e-mail contains neither the decision nor your access code.`,
    ),
  };
}

export function recordsOverdueStaffText(c: { caseNumber: string; dueAt: Date }): MessageText {
  return {
    subject: `IMR case ${c.caseNumber}: medical records overdue`,
    body: body(
      `The medical records requested for case ${c.caseNumber} were due ${formatDateTime(c.dueAt)} (California time) and have not been received (8 CCR 9792.10.5).`,
      `Late records queue: ${portalLink("/intake/records")}`,
    ),
  };
}

export function recordsOverduePartyText(c: { caseNumber: string; dueAt: Date }): MessageText {
  return {
    subject: `IMR case ${c.caseNumber}: medical records overdue`,
    body: body(
      `The medical records requested from you for Independent Medical Review case ${c.caseNumber} were due ${formatDateTime(c.dueAt)} (California time) and have not been received (8 CCR 9792.10.5).`,
      "Please send them as soon as possible, quoting the case number.",
    ),
  };
}

export function decisionDueSoonText(c: { caseNumber: string; dueAt: Date; inQa: boolean }): MessageText {
  return {
    subject: `IMR case ${c.caseNumber}: determination due ${formatDateTime(c.dueAt)}`,
    body: body(
      `The final determination of case ${c.caseNumber} is due ${formatDateTime(c.dueAt)} (California time; Labor Code 4610.6(d)).`,
      c.inQa
        ? `It is waiting in the QA queue: ${portalLink("/admin/qa")}`
        : `Please sign in to complete the review: ${portalLink("/reviewer")}`,
    ),
  };
}

/** To a staff account's owner after failed sign-ins: when and from where, and a one-time unlock link. */
export function signInAlertText(a: {
  failures: number;
  windowHours: number;
  maxWaitMinutes: number;
  /** the most recent failures, newest first, each with its address when known */
  recent: { at: Date; ip: string | null }[];
  link: string;
  expiresAt: Date;
  /** the last failure had the right password with a wrong code */
  rightPasswordWrongCode: boolean;
}): MessageText {
  const plural = a.failures === 1 ? "" : "s";
  const lines = a.recent.map(
    (f) =>
      `- ${formatCaliforniaDate(f.at)} at ${formatCaliforniaTime(f.at)} (California time), ${f.ip ? `from ${f.ip}` : "from an unknown address"}`,
  );
  return {
    subject: "Failed sign-ins to your IMR Portal account",
    body: body(
      `There were ${a.failures} failed attempt${plural} to sign in to your staff account in the last ${a.windowHours} hours. Each further attempt now waits a little longer (${a.maxWaitMinutes} minutes at most) before it is checked. Your account is not locked.`,
      `${a.recent.length < a.failures ? "The most recent:" : "When and from where:"}\n${lines.join("\n")}`,
      ...(a.rightPasswordWrongCode
        ? [
            "The last attempt used your right password with a wrong authentication code: change your password now, and tell your administrator.",
          ]
        : []),
      `To sign in now despite the wait, open this link; it works once, until ${formatDateTime(a.expiresAt)} (California time), and then asks for your password (and your authentication code when two-factor sign-in is on): ${a.link}`,
      "With two-factor sign-in on, your password and a code from your authenticator app also sign you in during the wait.",
      "If these attempts were not yours, nobody got in through them; tell your administrator if they go on.",
    ),
  };
}
