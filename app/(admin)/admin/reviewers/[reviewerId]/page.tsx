import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { listSpecialties } from "@/lib/cases/specialties.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { californiaToday, formatCaliforniaDate } from "@/lib/format/dates.ts";
import { AFFILIATION_KIND_LABELS } from "@/lib/reviewers/affiliation-input.ts";
import { getReviewer } from "@/lib/reviewers/get-reviewer.ts";
import { isoDay } from "@/lib/reviewers/fields.ts";
import { VERIFICATION_SOURCES } from "@/lib/reviewers/verify-credential.ts";
import { AccountPanel } from "@/components/reviewers/account-panel.tsx";
import { AffiliationSection } from "@/components/reviewers/affiliation-section.tsx";
import { CertificationSection } from "@/components/reviewers/certification-section.tsx";
import { LeaveSection } from "@/components/reviewers/leave-section.tsx";
import { LicenseSection } from "@/components/reviewers/license-section.tsx";
import { ProfileForm } from "@/components/reviewers/profile-form.tsx";
import { ReviewerHistory } from "@/components/reviewers/reviewer-history.tsx";
import { Card, PageHeader } from "@/components/ui/card.tsx";
import * as actions from "../actions.ts";

const verification = (v: {
  verifiedAt: Date | null;
  verifiedBy: string | null;
  verificationSource: string | null;
}) => ({
  verifiedAt: v.verifiedAt?.toISOString() ?? null,
  verifiedBy: v.verifiedBy,
  verificationSource: v.verificationSource,
});

export default async function ReviewerPage({ params }: { params: Promise<{ reviewerId: string }> }) {
  const { reviewerId } = await params;
  const actor = await requireRole("ADMIN");
  const [{ reviewer, history }, specialties] = await Promise.all([
    orNotFound(getReviewer({ actor, reviewerId })),
    listSpecialties(),
  ]);
  const kinds = Object.entries(AFFILIATION_KIND_LABELS) as [string, string][];
  return (
    <>
      <PageHeader
        title={reviewer.user.name}
        description="Credentials count for matching only when verified and current. Editing what a credential says clears its verification."
        actions={
          <Link href="/admin/reviewers" className="text-sm font-semibold text-brand-700 underline">
            All reviewers
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <LicenseSection
            reviewerId={reviewer.id}
            licenses={reviewer.licenses.map((l) => ({ ...l, expiresOn: isoDay(l.expiresOn), ...verification(l) }))}
            sources={VERIFICATION_SOURCES}
            add={actions.addLicenseAction}
            update={actions.updateLicenseAction}
            remove={actions.removeLicenseAction}
            verify={actions.verifyCredentialAction}
          />
          <CertificationSection
            reviewerId={reviewer.id}
            certifications={reviewer.certifications.map((c) => ({
              ...c,
              expiresOn: isoDay(c.expiresOn),
              ...verification(c),
            }))}
            specialties={specialties}
            sources={VERIFICATION_SOURCES}
            add={actions.addCertificationAction}
            update={actions.updateCertificationAction}
            remove={actions.removeCertificationAction}
            verify={actions.verifyCredentialAction}
          />
          <AffiliationSection
            reviewerId={reviewer.id}
            affiliations={reviewer.affiliations.map(({ organization, ...a }) => ({
              ...a,
              organizationId: organization?.id ?? null,
              organizationName: organization?.name ?? null,
            }))}
            kinds={kinds}
            add={actions.addAffiliationAction}
            update={actions.updateAffiliationAction}
            remove={actions.removeAffiliationAction}
          />
          <ProfileForm
            reviewerId={reviewer.id}
            values={{
              name: reviewer.user.name,
              yearsInPractice: reviewer.yearsInPractice,
              hoursPerWeek: reviewer.hoursPerWeek,
              disciplinaryHistory: reviewer.disciplinaryHistory,
              maxOpenCases: reviewer.maxOpenCases,
              maxCasesPerWeek: reviewer.maxCasesPerWeek,
            }}
            save={actions.updateProfileAction}
          />
        </div>
        <div className="space-y-4">
          <AccountPanel
            reviewerId={reviewer.id}
            email={reviewer.user.email}
            disabled={reviewer.user.disabledAt !== null}
            openCases={reviewer.assignments.length}
            setDisabled={actions.setDisabledAction}
          />
          <LeaveSection
            reviewerId={reviewer.id}
            leaves={reviewer.leaves.map((l) => ({
              id: l.id,
              startsOn: isoDay(l.startsOn),
              endsOn: isoDay(l.endsOn),
              note: l.note,
            }))}
            today={californiaToday()}
            add={actions.addLeaveAction}
            remove={actions.removeLeaveAction}
          />
          <Card title={`Open cases (${reviewer.assignments.length} of ${reviewer.maxOpenCases})`}>
            {reviewer.assignments.length === 0 ? (
              <p className="text-sm text-slate-500">No open case.</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {reviewer.assignments.map((a) => (
                  <li key={a.id}>
                    <Link
                      className="font-mono font-semibold text-brand-700 underline"
                      href={`/admin/cases/${a.case.id}`}
                    >
                      {a.case.caseNumber}
                    </Link>{" "}
                    {a.status === "OFFERED" ? "offered" : "accepted"}
                    {a.case.dueAt ? `, due ${formatCaliforniaDate(a.case.dueAt)}` : ""}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <ReviewerHistory entries={history} />
        </div>
      </div>
    </>
  );
}
