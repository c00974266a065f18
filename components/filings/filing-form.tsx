"use client";
// The online Application for IMR (DWC Form IMR), for the employee or their representative,
// in English or Spanish, on a phone or a laptop:
// - what is typed is saved on the server a moment after each change, under a random token
//   this browser keeps (a reload, or the e-mailed link, brings it all back, papers included);
// - a proof of work is solved in the background while the person types (./proof-of-work-client.ts);
// - the filing window is shown as the dates are typed (lib/filings/filing-window-view.ts), and
//   a late application asks for an explanation;
// - the fields are checked as the server checks them (lib/filings/filing-input.ts); a failed
//   filing lists the problems at the top with links to the fields.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { checkFilingFields, fieldLabel } from "@/lib/filings/filing-input.ts";
import { filingWindowView } from "@/lib/filings/filing-window-view.ts";
import type { FilingWindowSettings } from "@/lib/eligibility/filing-window.ts";
import { FILING_MESSAGES, type Lang } from "@/lib/i18n/filing-messages.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { CheckboxField, Field } from "@/components/ui/field.tsx";
import { postJson, type ApiResult } from "./filing-api.ts";
import { PapersSection, type Paper } from "./papers-section.tsx";
import { solveProofOfWork, type PowSolution } from "./proof-of-work-client.ts";
import { FilingWindowNote } from "./filing-window-note.tsx";

const STORE = "imr-filing-draft";
const SAVE_DELAY_MS = 1200;

type Values = Record<string, string | boolean | string[]>;
type Errors = Record<string, string[]>;
type Props = {
  lang: Lang;
  settings: FilingWindowSettings;
  maxMb: number;
  resumeToken: string | null;
  resumeFailed: boolean;
};

const str = (v: Values, k: string) => (typeof v[k] === "string" ? (v[k] as string) : "");

export function FilingForm({ lang, settings, maxMb, resumeToken, resumeFailed }: Props) {
  const t = FILING_MESSAGES[lang];
  const router = useRouter();
  const [values, setValues] = useState<Values>({ filerRole: "", reviewType: "STANDARD", items: [""] });
  const [papers, setPapers] = useState<Paper[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState<{ tone: "error" | "info" | "warning"; text: string } | null>(
    resumeFailed ? { tone: "warning", text: t.draft.expired } : null,
  );
  const [saved, setSaved] = useState<"none" | "saving" | "failed" | string>("none");
  const [submitting, setSubmitting] = useState(false);
  const [pow, setPow] = useState<PowSolution | "working" | "failed">("working");
  const token = useRef<string | null>(null);
  const dirty = useRef(false);
  const loaded = useRef(false);
  const summary = useRef<HTMLDivElement>(null);

  const nextPow = useCallback(() => {
    setPow("working");
    solveProofOfWork().then(setPow, () => setPow("failed"));
  }, []);

  // resume: the e-mailed link's token, else the one this browser kept
  useEffect(() => {
    nextPow();
    const kept = resumeToken ?? window.localStorage.getItem(STORE);
    if (!kept) {
      loaded.current = true;
      return;
    }
    void postJson<{ data: Values; papers: Paper[] }>("/api/public/filings/draft/resume", { token: kept, lang }).then(
      (result) => {
        loaded.current = true;
        if (result.ok) {
          token.current = kept;
          window.localStorage.setItem(STORE, kept);
          setValues((v) => ({ ...v, ...result.data.data }));
          setPapers(result.data.papers);
          setNotice({ tone: "info", text: t.draft.resumed });
        } else if (result.status === 404) {
          window.localStorage.removeItem(STORE);
          setNotice({ tone: "warning", text: t.draft.expired });
        }
      },
    );
  }, [lang, nextPow, resumeToken, t]);

  const save = useCallback(
    async (data: Values): Promise<string | null> => {
      let solution: PowSolution | null = null;
      if (!token.current) {
        if (typeof pow !== "object") return null; // saved once the check is ready
        solution = pow;
      }
      setSaved("saving");
      const result = await postJson<{ token: string | null; savedAt: string }>("/api/public/filings/draft", {
        token: token.current ?? undefined,
        data,
        lang,
        pow: solution ?? undefined,
      });
      if (result.ok) {
        if (result.data.token) {
          token.current = result.data.token;
          window.localStorage.setItem(STORE, result.data.token);
          nextPow();
        }
        setSaved(
          new Date(result.data.savedAt).toLocaleTimeString(lang === "es" ? "es-US" : "en-US", {
            hour: "numeric",
            minute: "2-digit",
          }),
        );
        return token.current;
      }
      if (result.status === 404) {
        token.current = null;
        window.localStorage.removeItem(STORE);
      }
      if (result.status === 429 || result.status === 422) setNotice({ tone: "error", text: result.message });
      if (solution) nextPow();
      setSaved("failed");
      return null;
    },
    [lang, nextPow, pow],
  );

  // autosave a moment after the last change (and once the proof of work allows a new draft)
  useEffect(() => {
    if (!loaded.current || !dirty.current) return;
    const timer = setTimeout(() => {
      dirty.current = false;
      void save(values).then((ok) => {
        if (!ok) dirty.current = true;
      });
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values, save]);

  const set = (name: string, value: string | boolean | string[]) => {
    dirty.current = true;
    setValues((v) => ({ ...v, [name]: value }));
    if (errors[name]) setErrors(({ [name]: _gone, ...rest }) => rest);
  };

  const windowView = filingWindowView({ ...values, now: new Date(), settings });
  const items = Array.isArray(values.items) && values.items.length ? values.items : [""];

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const check = checkFilingFields(values, lang);
    const found: Errors = check.ok ? {} : { ...check.fieldErrors };
    if (str(values, "signedName").trim().length < 2) found.signedName = [t.errors.unsigned];
    if (values.attest !== true) found.attest = [t.errors.notAttested];
    if (windowView.known && windowView.late && str(values, "lateExplanation").trim().length < 10)
      found.lateExplanation = [t.errors.lateExplanation];
    if (!papers.some((p) => p.kind === "UR_DECISION")) found.urDecision = [t.errors.urDecisionMissing];
    if (Object.keys(found).length) return fail(found, t.fixFields);
    setSubmitting(true);
    const saving = await save(values);
    if (!saving || typeof pow !== "object") {
      setSubmitting(false);
      return setNotice({ tone: "error", text: typeof pow === "object" ? t.draft.notSaved : t.pow.working });
    }
    const result = await postJson<{ receiptToken: string }>("/api/public/filings", {
      token: saving,
      lang,
      data: values,
      signedName: values.signedName,
      attest: values.attest === true,
      lateExplanation: values.lateExplanation,
      pow,
    });
    if (result.ok) {
      window.localStorage.removeItem(STORE);
      router.push(`/file/receipt/${result.data.receiptToken}?lang=${lang}`);
      return;
    }
    setSubmitting(false);
    nextPow();
    if (result.fieldErrors?.pow || !result.fieldErrors)
      setNotice({ tone: "error", text: result.message || t.draft.notSaved });
    if (result.fieldErrors && !result.fieldErrors.pow) fail(result.fieldErrors, result.message);
  }

  function fail(found: Errors, message: string) {
    setErrors(found);
    setNotice({ tone: "error", text: message });
    requestAnimationFrame(() => summary.current?.focus());
  }

  const text = (
    name: string,
    o: { required?: boolean; type?: string; autoComplete?: string; inputMode?: "numeric" | "email" | "tel" } = {},
  ) => (
    <Field
      id={name}
      label={fieldLabel(lang, name)}
      error={errors[name]}
      hint={(t.hints as Record<string, string>)[name]}
      required={o.required}
    >
      {(props) => (
        <input
          {...props}
          name={name}
          type={o.type ?? "text"}
          autoComplete={o.autoComplete ?? "off"}
          inputMode={o.inputMode}
          aria-required={o.required || undefined}
          value={str(values, name)}
          onChange={(e) => set(name, e.currentTarget.value)}
        />
      )}
    </Field>
  );
  const select = (name: string, options: [string, string][], required = false) => (
    <Field id={name} label={fieldLabel(lang, name)} error={errors[name]} required={required}>
      {(props) => (
        <select
          {...props}
          name={name}
          aria-required={required || undefined}
          value={str(values, name)}
          onChange={(e) => set(name, e.currentTarget.value)}
        >
          {options.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const errorList = Object.entries(errors).filter(([, m]) => m.length);

  return (
    <form noValidate onSubmit={submit} className="space-y-6">
      <p className="text-sm text-slate-600" aria-live="polite">
        {saved === "saving"
          ? t.draft.saving
          : saved === "failed"
            ? t.draft.notSaved
            : saved === "none"
              ? t.noAccount
              : t.draft.saved(saved)}
      </p>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {errorList.length ? (
        <div
          ref={summary}
          tabIndex={-1}
          className="rounded-md bg-red-50 p-4 ring-1 ring-red-200"
          aria-labelledby="filing-errors-title"
        >
          <h2 id="filing-errors-title" className="font-semibold text-red-800">
            {t.errorSummary}
          </h2>
          <ul className="mt-2 list-disc pl-5 text-sm text-red-800">
            {errorList.map(([key, messages]) => (
              <li key={key}>
                <a href={`#${key === "items" ? "items-0" : key}`} className="underline">
                  {fieldLabel(lang, key)}: {messages.join(" ")}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <Card title={t.sections.filer}>
        <div className="grid gap-4 sm:grid-cols-2">
          {select(
            "filerRole",
            [
              ["", t.chooseOne],
              ["EMPLOYEE", t.filerRoles.EMPLOYEE],
              ["REPRESENTATIVE", t.filerRoles.REPRESENTATIVE],
            ],
            true,
          )}
          {text("filerEmail", { required: true, type: "email", autoComplete: "email", inputMode: "email" })}
          {values.filerRole === "REPRESENTATIVE" ? (
            <>
              {text("representativeName", { required: true, autoComplete: "name" })}
              {text("representativeAddress")}
              {text("representativeEmail", { type: "email", inputMode: "email" })}
            </>
          ) : null}
        </div>
      </Card>

      <Card title={t.sections.employee}>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("employeeName", { required: true })}
          {text("employeeDateOfBirth", { type: "date" })}
          {text("employeeAddress")}
          {text("employeePhone", { type: "tel", inputMode: "tel" })}
          {text("employeeEmail", { type: "email", inputMode: "email" })}
        </div>
      </Card>

      <Card title={t.sections.claim}>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("claimNumber", { required: true })}
          {text("dateOfInjury", { required: true, type: "date" })}
          {text("employerName", { required: true })}
          {text("claimsAdministratorName", { required: true })}
          {text("claimsAdministratorAddress")}
        </div>
      </Card>

      <Card title={t.sections.request}>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("requestingPhysicianName", { required: true })}
          {text("requestingPhysicianSpecialty")}
          {text("requestingPhysicianAddress")}
          {text("urOrganizationName")}
          {text("urDecisionDate", { required: true, type: "date" })}
          {text("urDecisionServedOn", { type: "date" })}
          {select(
            "urServiceMethod",
            (["", "MAIL", "ELECTRONIC", "PERSONAL", "FAX"] as const).map((m) => [m, t.serviceMethods[m]]),
          )}
          {text("urDecisionReference")}
          {select(
            "reviewType",
            (["STANDARD", "EXPEDITED", "FORMULARY"] as const).map((m) => [m, t.reviewTypes[m]]),
          )}
        </div>
        <div className="mt-4">
          <FilingWindowNote view={windowView} lang={lang} settings={settings} />
        </div>
      </Card>

      <Card title={t.sections.items}>
        <fieldset className="space-y-3" aria-describedby={`items-hint${errors.items ? " items-error" : ""}`}>
          <legend className="text-sm font-medium text-slate-800">
            {t.fields.items}
            <span className="text-red-700" aria-hidden>
              {" "}
              *
            </span>
          </legend>
          <p id="items-hint" className="text-xs text-slate-500">
            {t.hints.items}
          </p>
          {items.map((item, index) => (
            <div key={index} className="flex items-end gap-2">
              <div className="grow space-y-1">
                <label htmlFor={`items-${index}`} className="block text-sm text-slate-700">
                  {t.item(index + 1)}
                </label>
                <input
                  id={`items-${index}`}
                  className="block w-full rounded-md border-0 bg-white px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-600"
                  value={item}
                  aria-invalid={errors.items ? true : undefined}
                  onChange={(e) =>
                    set(
                      "items",
                      items.map((v, i) => (i === index ? e.currentTarget.value : v)),
                    )
                  }
                />
              </div>
              {items.length > 1 ? (
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() =>
                    set(
                      "items",
                      items.filter((_, i) => i !== index),
                    )
                  }
                >
                  {t.removeItem}
                  <span className="sr-only"> {t.item(index + 1)}</span>
                </Button>
              ) : null}
            </div>
          ))}
          {errors.items ? (
            <p id="items-error" className="text-sm text-red-700">
              {errors.items.join(" ")}
            </p>
          ) : null}
          {items.length < 20 ? (
            <Button type="button" variant="secondary" onClick={() => set("items", [...items, ""])}>
              {t.addItem}
            </Button>
          ) : null}
        </fieldset>
      </Card>

      <Card title={t.sections.papers}>
        <PapersSection
          t={t}
          lang={lang}
          maxMb={maxMb}
          papers={papers}
          onPapers={(next) => {
            setPapers(next);
            if (next.some((p) => p.kind === "UR_DECISION")) setErrors(({ urDecision: _gone, ...rest }) => rest);
          }}
          ensureToken={async () => token.current ?? (await save(values))}
          error={errors.urDecision}
        />
      </Card>

      <Card title={t.sections.sign}>
        <div className="space-y-4">
          {windowView.known && windowView.late ? (
            <Field id="lateExplanation" label={t.fields.lateExplanation} error={errors.lateExplanation} required>
              {(props) => (
                <textarea
                  {...props}
                  name="lateExplanation"
                  rows={3}
                  aria-required
                  value={str(values, "lateExplanation")}
                  onChange={(e) => set("lateExplanation", e.currentTarget.value)}
                />
              )}
            </Field>
          ) : null}
          {text("signedName", { required: true, autoComplete: "name" })}
          <CheckboxField
            id="attest"
            name="attest"
            label={t.attestText}
            checked={values.attest === true}
            error={errors.attest}
            onChange={(e) => set("attest", e.currentTarget.checked)}
          />
          <p className="text-xs text-slate-500" aria-live="polite">
            {pow === "working" ? t.pow.working : pow === "failed" ? t.pow.failed : t.pow.ready}
          </p>
          <Button type="submit" pending={submitting} pendingLabel={t.submitting} className="w-full sm:w-auto">
            {t.submit}
          </Button>
        </div>
      </Card>
      <DraftLink t={t} lang={lang} ensureToken={async () => token.current ?? (await save(values))} />
    </form>
  );
}

function DraftLink({
  t,
  lang,
  ensureToken,
}: {
  t: (typeof FILING_MESSAGES)[Lang];
  lang: Lang;
  ensureToken: () => Promise<string | null>;
}) {
  const [email, setEmail] = useState("");
  const [state, setState] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Card title={t.draft.linkTitle}>
      <p className="mb-3 text-sm text-slate-600">{t.draft.linkHint}</p>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="grow">
          <Field id="linkEmail" label={t.draft.linkEmail}>
            {(props) => (
              <input
                {...props}
                type="email"
                inputMode="email"
                autoComplete="email"
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
              />
            )}
          </Field>
        </div>
        <Button
          type="button"
          variant="secondary"
          pending={busy}
          onClick={async () => {
            setBusy(true);
            const token = await ensureToken();
            const result = token
              ? await postJson("/api/public/filings/draft/link", { token, email, lang })
              : ({ ok: false, status: 0, message: t.draft.notSaved } as ApiResult<unknown>);
            setBusy(false);
            setState(
              result.ok
                ? { tone: "success", text: t.draft.linkSent }
                : { tone: "error", text: result.fieldErrors?.linkEmail?.[0] ?? (result.message || t.draft.notSaved) },
            );
          }}
        >
          {t.draft.linkSend}
        </Button>
      </div>
      {state ? (
        <div className="mt-3">
          <Alert tone={state.tone}>{state.text}</Alert>
        </div>
      ) : null}
    </Card>
  );
}
