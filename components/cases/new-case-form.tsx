"use client";
// The IMR application form, built for entering many applications:
// - each date is one text box (./date-field.tsx); rarely needed parts are folded away;
// - the form checks itself with the server's schema (lib/cases/application-form.ts): a
//   field's error clears as soon as the field is valid, and is set when intake leaves a
//   field it changed; a failed submit puts a summary of the errors at the top, with a link
//   to each field, and moves the focus to it;
// - Alt+Shift+N adds a disputed item (./disputed-items-editor.tsx);
// - what is typed is saved as a draft a few seconds after the last change; a save that
//   fails says so ("Not saved: sign in again") and the text is kept in this browser tab
//   (./local-draft-copy.ts) until a save succeeds; the draft can be discarded;
// - a save never reads a form that is gone or being submitted, and a save sent before
//   "Create case" is answered before the case is created (so a created case's draft does
//   not come back).
// A duplicate of an open case is shown before anything is created: merge it, or say why not.
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import { SIGN_IN_REQUIRED } from "@/lib/errors.ts";
import {
  applicationErrorSummary,
  applicationFrom,
  APPLICATION_DATES,
  reviseErrors,
  validateApplication,
  type FieldErrors,
} from "@/lib/cases/application-form.ts";
import { formatCaliforniaTime, formatDateTime } from "@/lib/format/dates.ts";
import type { ApplicationOutcome, DuplicateFound } from "@/lib/intake/submit-application.ts";
import { SignInAgainLink } from "@/components/auth/sign-in-again-link.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import {
  CheckField,
  EmployeeAndClaim,
  ReceivedAt,
  RequestAndReview,
  SelectField,
  ServiceOfDocuments,
  type DraftValues,
} from "./application-fields.tsx";
import { AccessCodesPanel } from "./access-codes-panel.tsx";
import { dateFieldValue } from "./date-field.tsx";
import { DisputedItemsEditor } from "./disputed-items-editor.tsx";
import { DuplicatePanel } from "./duplicate-panel.tsx";
import { ErrorSummary } from "./error-summary.tsx";
import { forgetLocalCopy, keepLocally, readLocalCopy } from "./local-draft-copy.ts";

/** What the server says of a form with field errors (lib/action-result.ts); the form's own check says the same. */
const FIX_FIELDS = "Please correct the highlighted fields.";
const AUTOSAVE_DELAY_MS = 2500;
const RETRY_MS = 20_000;
const SUMMARY_ID = "form-errors";

type Props = {
  specialties: { code: string; name: string }[];
  categories: { id: string; label: string }[];
  draft: { data: DraftValues; savedAt: string } | null;
  /** the signed-in user's id: names the copy kept in this tab */
  owner: string;
  action: (previous: unknown, form: FormData) => Promise<ActionResult<ApplicationOutcome>>;
  saveDraft: (data: DraftValues) => Promise<ActionResult<{ savedAt: Date }>>;
  discardDraft: (input: unknown) => Promise<ActionResult<null>>;
};

type Done = Exclude<ApplicationOutcome, DuplicateFound>;
type Start = {
  key: number;
  data: DraftValues;
  savedAt: string | null;
  origin: "blank" | "server" | "local" | "discarded";
};

type SaveState =
  | { kind: "none" }
  | { kind: "saved"; at: string }
  | { kind: "signedOut"; what: "saved" | "discarded" }
  | { kind: "offline" }
  | { kind: "failed"; message: string }
  | { kind: "discarded" };

type Failure = { title: string; message?: React.ReactNode; fields: boolean };

function formValues(form: HTMLFormElement): DraftValues {
  const data = new FormData(form);
  const out: DraftValues = {};
  for (const key of new Set(data.keys())) {
    if (key.startsWith("dup")) continue;
    const all = data.getAll(key).map(String);
    out[key] = key === "items" || key === "itemCategory" ? all : all[0];
  }
  for (const box of form.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) out[box.name] = box.checked;
  return out;
}

/** The application as the form would send it now: the dates as typed (their hidden ISO fields follow a render behind an edit). */
function currentApplication(form: HTMLFormElement) {
  const data = new FormData(form);
  for (const name of Object.keys(APPLICATION_DATES)) {
    const typed = form.querySelector<HTMLInputElement>(`input[data-field="${name}"]`);
    if (typed) data.set(name, dateFieldValue(typed.value));
  }
  return applicationFrom(data);
}

/** The field an event came from, by the key its errors go under. */
function fieldKeyOf(target: EventTarget | null): string | null {
  if (!(
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  ))
    return null;
  return target.dataset.field || target.name || null;
}

export function NewCaseForm(props: Props) {
  const { draft, owner } = props;
  const [start, setStart] = useState<Start>(() => ({
    key: 0,
    data: draft?.data ?? {},
    savedAt: draft?.savedAt ?? null,
    origin: draft ? "server" : "blank",
  }));
  const [done, setDone] = useState<Done | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  // Changes the server never saved, kept in this tab (signed out, no connection, the tab
  // reloaded first), come back before anything else, and are saved again.
  // Session storage exists only in the browser, so this is read after hydration, once.
  useEffect(() => {
    const local = readLocalCopy(owner);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the one read of the tab's storage, after hydration
    if (local) setStart((s) => ({ key: s.key + 1, data: local.data, savedAt: s.savedAt, origin: "local" }));
  }, [owner]);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (done) {
    return (
      <div ref={doneRef} tabIndex={-1} className="outline-none">
        {done.kind === "created" ? (
          <AccessCodesPanel created={done} />
        ) : (
          <Alert tone="success" title={`Merged into case ${done.caseNumber}`}>
            {done.addedItems.length
              ? `Added: ${done.addedItems.join("; ")}.`
              : "All its treatments were already in that case; no new case was created."}
          </Alert>
        )}
      </div>
    );
  }
  return (
    <ApplicationForm
      key={start.key}
      {...props}
      start={start}
      onDone={setDone}
      onDiscarded={() => setStart((s) => ({ key: s.key + 1, data: {}, savedAt: null, origin: "discarded" }))}
    />
  );
}

type FormProps = Omit<Props, "draft"> & { start: Start; onDone: (done: Done) => void; onDiscarded: () => void };

function ApplicationForm({
  specialties,
  categories,
  owner,
  action,
  saveDraft,
  discardDraft,
  start,
  onDone,
  onDiscarded,
}: FormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverOnly, setServerOnly] = useState<ReadonlySet<string>>(() => new Set());
  const [failure, setFailure] = useState<Failure | null>(null);
  const [focusSummary, setFocusSummary] = useState(0);
  const [duplicate, setDuplicate] = useState<DuplicateFound | null>(null);
  const [save, setSave] = useState<SaveState>(() =>
    start.origin === "discarded"
      ? { kind: "discarded" }
      : start.savedAt && start.origin !== "local"
        ? { kind: "saved", at: start.savedAt }
        : { kind: "none" },
  );
  // bumped by every change (and every retry): restarts the autosave timer
  const [changes, setChanges] = useState(start.origin === "local" ? 1 : 0);
  const [discarding, setDiscarding] = useState(false);
  // seq: changes made; savedSeq: changes the server has; holding: a submit or discard is under
  // way (no save may start); stopped: the case was created or the form is gone
  const control = useRef({
    seq: start.origin === "local" ? 1 : 0,
    savedSeq: 0,
    holding: false,
    stopped: false,
    inflight: null as Promise<SaveState> | null,
  });
  const touched = useRef(new Set<string>());
  const values = start.data;

  const saveNow = useCallback(async () => {
    const c = control.current;
    if (c.inflight) await c.inflight;
    const form = formRef.current;
    if (c.stopped || c.holding || !form || !form.isConnected || c.seq === c.savedSeq) return;
    const seq = c.seq;
    const data = formValues(form);
    keepLocally(owner, data);
    const attempt = saveDraft(data).then(
      (result): SaveState =>
        result.ok
          ? { kind: "saved", at: new Date(result.data.savedAt).toISOString() }
          : result.message === SIGN_IN_REQUIRED
            ? { kind: "signedOut", what: "saved" }
            : { kind: "failed", message: `Not saved: ${result.message}` },
      (): SaveState => ({ kind: "offline" }),
    );
    c.inflight = attempt;
    const state = await attempt;
    if (c.inflight === attempt) c.inflight = null;
    if (c.stopped) return;
    if (state.kind === "saved") {
      c.savedSeq = Math.max(c.savedSeq, seq);
      if (c.seq === seq) forgetLocalCopy(owner);
    }
    setSave(state);
  }, [owner, saveDraft]);

  // the draft is saved a few seconds after the last change
  useEffect(() => {
    if (!changes) return;
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [changes, saveNow]);

  // not saved: tried again every 20 seconds, and when the window gets the focus back (after
  // signing in in another tab) or the connection comes back
  useEffect(() => {
    if (save.kind !== "signedOut" && save.kind !== "offline") return;
    const retry = () => setChanges((n) => n + 1);
    const timer = setInterval(retry, RETRY_MS);
    window.addEventListener("focus", retry);
    window.addEventListener("online", retry);
    return () => {
      clearInterval(timer);
      window.removeEventListener("focus", retry);
      window.removeEventListener("online", retry);
    };
  }, [save.kind]);

  // leaving or hiding the page with unsaved changes keeps them in this tab; unmounting stops every save
  useEffect(() => {
    const c = control.current;
    c.stopped = false;
    const keep = () => {
      const form = formRef.current;
      if (form && form.isConnected && !c.stopped && c.seq !== c.savedSeq) keepLocally(owner, formValues(form));
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") keep();
    };
    window.addEventListener("pagehide", keep);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      c.stopped = true;
      window.removeEventListener("pagehide", keep);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [owner]);

  useEffect(() => {
    if (focusSummary) document.getElementById(SUMMARY_ID)?.focus();
  }, [focusSummary]);

  useEffect(() => {
    if (duplicate) document.getElementById("duplicate-found")?.focus();
  }, [duplicate]);

  useEffect(() => {
    if (start.origin === "discarded") document.getElementById("employeeName")?.focus();
  }, [start.origin]);

  const markChanged = () => {
    control.current.seq += 1;
    setChanges((n) => n + 1);
  };

  const revise = (key: string, mode: "input" | "blur") => {
    const form = formRef.current;
    if (!form) return;
    const found = validateApplication(currentApplication(form));
    setErrors((current) => reviseErrors(current, found, key, mode, serverOnly));
  };

  const onChange = (event: React.FormEvent<HTMLFormElement>) => {
    markChanged();
    const key = fieldKeyOf(event.target);
    if (!key) return;
    touched.current.add(key);
    if (Object.keys(errors).length) revise(key, "input");
  };

  const onBlur = (event: React.FocusEvent<HTMLFormElement>) => {
    const key = fieldKeyOf(event.target);
    if (key && touched.current.has(key)) revise(key, "blur");
  };

  const fail = (next: Failure, fieldErrors: FieldErrors = {}, onlyServer: ReadonlySet<string> = new Set()) => {
    setErrors(fieldErrors);
    setServerOnly(onlyServer);
    setFailure(next);
    setFocusSummary((n) => n + 1);
  };

  const submit = (extra: Record<string, string> = {}) => {
    const form = formRef.current;
    if (!form || pending || discarding) return;
    const data = new FormData(form);
    for (const [key, value] of Object.entries(extra)) data.set(key, value);
    const found = validateApplication(applicationFrom(data));
    if (Object.keys(found).length) {
      fail(
        {
          title: "The case was not created",
          message: `${FIX_FIELDS} Each link below goes to its field.`,
          fields: true,
        },
        found,
      );
      return;
    }
    // the arrival time as an instant, read in this computer's time zone
    const received = data.get("receivedAt");
    if (typeof received === "string" && received) {
      const at = new Date(received);
      if (!Number.isNaN(at.getTime())) data.set("receivedAt", at.toISOString());
    }
    const c = control.current;
    c.holding = true;
    startTransition(async () => {
      // a draft save already sent is answered first: it cannot land after the case is created
      if (c.inflight) await c.inflight;
      const result = await action(null, data).catch(() => null);
      if (result?.ok && result.data.kind !== "duplicate") {
        c.stopped = true;
        forgetLocalCopy(owner);
        onDone(result.data);
        return;
      }
      c.holding = false;
      if (c.seq !== c.savedSeq) setChanges((n) => n + 1);
      if (result?.ok && result.data.kind === "duplicate") {
        setErrors({});
        setFailure(null);
        setDuplicate(result.data);
        return;
      }
      if (result?.ok) return;
      keepLocally(owner, formValues(form));
      if (!result) {
        fail({
          title: "The case was not created",
          message:
            "The server could not be reached. What you typed is kept in this browser tab; try again in a moment.",
          fields: false,
        });
      } else if (result.message === SIGN_IN_REQUIRED) {
        fail({
          title: "Not created: sign in again",
          message: (
            <>
              Your session has ended. What you typed is kept in this browser tab and comes back here after you{" "}
              <SignInAgainLink>sign in again</SignInAgainLink>; then choose Create case again.
            </>
          ),
          fields: false,
        });
      } else {
        const fieldErrors = result.fieldErrors ?? {};
        const local = validateApplication(currentApplication(form));
        const onlyServer = new Set(Object.keys(fieldErrors).filter((key) => !local[key]));
        const fields = Object.keys(fieldErrors).length > 0;
        fail(
          {
            title: "The case was not created",
            message: fields ? `${result.message} Each link below goes to its field.` : result.message,
            fields,
          },
          fieldErrors,
          onlyServer,
        );
      }
    });
  };

  const discard = () => {
    const c = control.current;
    c.holding = true;
    setDiscarding(true);
    void (async () => {
      if (c.inflight) await c.inflight;
      const result = await discardDraft({ confirmed: true }).catch(() => null);
      setDiscarding(false);
      if (result?.ok) {
        c.stopped = true;
        forgetLocalCopy(owner);
        onDiscarded();
        return;
      }
      c.holding = false;
      setSave(
        !result
          ? { kind: "failed", message: "Not discarded: the server could not be reached." }
          : result.message === SIGN_IN_REQUIRED
            ? { kind: "signedOut", what: "discarded" }
            : { kind: "failed", message: `Not discarded: ${result.message}` },
      );
    })();
  };

  const entries = applicationErrorSummary(errors);
  const showSummary = failure && (!failure.fields || entries.length > 0);
  const f = { draft: values, errors };
  const hasDraft = save.kind !== "none" && save.kind !== "discarded";

  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onChange={onChange}
      onBlur={onBlur}
      className="space-y-6"
      noValidate
      aria-label="Application for Independent Medical Review"
    >
      {start.origin === "server" && start.savedAt && Object.keys(values).length ? (
        <Alert tone="info">
          Continuing your draft (last saved {formatDateTime(new Date(start.savedAt))}). To start afresh, choose{" "}
          <strong>Discard draft</strong> at the end of the form.
        </Alert>
      ) : null}
      {start.origin === "local" ? (
        <Alert tone="warning" title="Restored from this browser tab">
          These changes had not reached the server when the page was left; they are being saved now.
        </Alert>
      ) : null}
      {showSummary ? (
        <ErrorSummary id={SUMMARY_ID} title={failure.title} message={failure.message} entries={entries} />
      ) : null}
      {duplicate ? (
        <div id="duplicate-found" tabIndex={-1} className="outline-none">
          <DuplicatePanel match={duplicate} pending={pending} onDecide={submit} error={errors.reason} />
        </div>
      ) : null}
      <EmployeeAndClaim {...f} />
      <RequestAndReview {...f} specialties={specialties} />
      <ServiceOfDocuments {...f} />
      <Card title="Review requested">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="reviewType"
            label="Review type"
            required
            placeholder="Choose"
            options={[
              ["STANDARD", "Standard"],
              ["EXPEDITED", "Expedited (imminent, serious threat)"],
              ["FORMULARY", "Pharmacy formulary dispute"],
            ]}
            draft={{ reviewType: "STANDARD", ...values }}
            errors={errors}
          />
          <CheckField
            name="expeditedCertified"
            label="The treating physician certified an imminent and serious threat to health (expedited)"
            fallback={false}
            {...f}
          />
          <SelectField
            name="arrivalChannel"
            label="How the application arrived"
            placeholder="Choose"
            options={[
              ["ONLINE", "Online"],
              ["MAIL", "Mail"],
              ["FAX", "Fax"],
            ]}
            draft={{ arrivalChannel: "ONLINE", ...values }}
            errors={errors}
          />
          <CheckField name="signed" label="The application is signed" fallback={true} {...f} />
          <CheckField name="urDecisionAttached" label="A copy of the UR decision is attached" fallback={true} {...f} />
          <CheckField
            name="liabilityDisputed"
            label="The claims administrator disputes liability for the injury or body part"
            fallback={false}
            {...f}
          />
          <ReceivedAt {...f} />
        </div>
      </Card>
      <DisputedItemsEditor
        categories={categories}
        initial={values}
        errors={errors}
        onChange={markChanged}
        formRef={formRef}
      />
      <div className="sticky bottom-0 z-10 flex flex-wrap items-center gap-4 rounded-lg bg-white/95 px-4 py-3 shadow-sm ring-1 ring-slate-200">
        <Button type="submit" pending={pending} pendingLabel="Checking…" disabled={discarding}>
          Create case
        </Button>
        {hasDraft || changes > 0 ? <DiscardDraft pending={discarding} disabled={pending} onConfirm={discard} /> : null}
        <DraftStatus save={save} />
      </div>
    </form>
  );
}

function DraftStatus({ save }: { save: SaveState }) {
  const failed = save.kind === "signedOut" || save.kind === "offline" || save.kind === "failed";
  return (
    <p
      className={`text-sm ${failed ? "font-medium text-red-700" : "text-slate-600"}`}
      role="status"
      aria-live="polite"
      data-testid="draft-status"
    >
      {save.kind === "saved" ? (
        `Draft saved ${formatCaliforniaTime(new Date(save.at))}`
      ) : save.kind === "signedOut" ? (
        <>
          {save.what === "saved" ? "Not saved: sign in again." : "Not discarded: sign in again."} Your changes are kept
          in this browser tab and saved once you are signed in. <SignInAgainLink />
        </>
      ) : save.kind === "offline" ? (
        "Not saved: no connection. Your changes are kept in this browser tab; trying again."
      ) : save.kind === "failed" ? (
        save.message
      ) : save.kind === "discarded" ? (
        "Draft discarded; the form is blank."
      ) : (
        "Not saved yet"
      )}
    </p>
  );
}

/** "Discard draft", asked twice: the question takes the focus, Escape or "Keep it" gives it back. */
function DiscardDraft({
  pending,
  disabled,
  onConfirm,
}: {
  pending: boolean;
  disabled: boolean;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const [focus, setFocus] = useState<"confirm" | "trigger" | null>(null);
  useEffect(() => {
    if (focus) document.getElementById(focus === "confirm" ? "discard-draft-confirm" : "discard-draft")?.focus();
  }, [focus, asking, pending]);
  if (!asking && !pending) {
    return (
      <Button
        id="discard-draft"
        type="button"
        variant="secondary"
        disabled={disabled}
        onClick={() => {
          setAsking(true);
          setFocus("confirm");
        }}
      >
        Discard draft
      </Button>
    );
  }
  const cancel = () => {
    setAsking(false);
    setFocus("trigger");
  };
  return (
    <span
      role="group"
      aria-labelledby="discard-draft-question"
      className="inline-flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-2 ring-1 ring-amber-200"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          cancel();
        }
      }}
    >
      <span id="discard-draft-question" className="text-sm text-amber-900">
        Discard this draft? Everything typed here is cleared.
      </span>
      <Button
        id="discard-draft-confirm"
        type="button"
        variant="danger"
        pending={pending}
        pendingLabel="Discarding…"
        onClick={() => {
          setAsking(false);
          setFocus("trigger");
          onConfirm();
        }}
      >
        Discard
      </Button>
      <Button type="button" variant="secondary" disabled={pending} onClick={cancel}>
        Keep it
      </Button>
    </span>
  );
}
