"use client";
// The files a party has chosen and is sending: each with its labels (type, date, author),
// sent by the tus protocol in 8 MB parts (tus-js-client), resuming by itself after a dropped
// connection (retries; the offset is asked of the server) and after a reload (the upload's
// address is remembered in the browser). A refusal from the server is shown in its words.
import { useRef, useState } from "react";
import { Upload } from "tus-js-client";
import type { RecordsMessages } from "@/lib/i18n/records-messages.ts";
import { Button } from "@/components/ui/button.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { inputClass } from "@/components/ui/field.tsx";
import { LabelFields, type Labels } from "./records-label-fields.tsx";

export const UPLOAD_ENDPOINT = "/api/party/uploads";
export const CHUNK_BYTES = 8 * 1024 * 1024;
const RETRY_DELAYS = [0, 1000, 2000, 3000, 5000, 8000, 10000, 15000, 20000, 30000];

type State = "waiting" | "sending" | "retrying" | "done" | "refused";
type Item = { key: string; file: File; labels: Labels; state: State; sent: number; message?: string };

function refusalOf(error: unknown): string {
  const body = (error as { originalResponse?: { getBody(): string } | null })?.originalResponse?.getBody?.();
  try {
    const parsed = body ? (JSON.parse(body) as { message?: string }) : null;
    if (parsed?.message) return parsed.message;
  } catch {
    /* not JSON: the generic words below */
  }
  return "The file could not be sent. Check the connection and try again.";
}

export function RecordsUploadQueue({
  t,
  maxMb,
  onReceived,
}: {
  t: RecordsMessages;
  maxMb: number;
  onReceived: () => void;
}) {
  const [items, setItems] = useState<Item[]>([]);
  const [running, setRunning] = useState(false);
  const counter = useRef(0);
  const update = (key: string, patch: Partial<Item>) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  const choose = (files: FileList | null) => {
    if (!files) return;
    const added = [...files].map((file) => ({
      key: `f${++counter.current}`,
      file,
      labels: { kind: "", documentDate: "", author: "" },
      state: "waiting" as State,
      sent: 0,
    }));
    setItems((current) => [...current, ...added]);
  };

  const sendOne = (item: Item) =>
    new Promise<void>((resolve) => {
      update(item.key, { state: "sending", message: undefined });
      const upload = new Upload(item.file, {
        endpoint: UPLOAD_ENDPOINT,
        chunkSize: CHUNK_BYTES,
        retryDelays: RETRY_DELAYS,
        removeFingerprintOnSuccess: true,
        metadata: {
          filename: item.file.name,
          kind: item.labels.kind,
          documentDate: item.labels.documentDate,
          author: item.labels.author,
        },
        onProgress: (sent) => update(item.key, { sent, state: "sending" }),
        onShouldRetry: (error, attempt, options) => {
          const status = error.originalResponse?.getStatus() ?? 0;
          // refusals (4xx other than a lock or a stale offset) are final; anything else is tried again
          const retry =
            (status === 0 || status >= 500 || status === 409 || status === 423) &&
            attempt < (options.retryDelays?.length ?? 0);
          if (retry) update(item.key, { state: "retrying" });
          return retry;
        },
        onSuccess: () => {
          update(item.key, { state: "done", sent: item.file.size });
          onReceived();
          resolve();
        },
        onError: (error) => {
          update(item.key, { state: "refused", message: t.refusal(refusalOf(error)) });
          resolve();
        },
      });
      upload
        .findPreviousUploads()
        .then((previous) => {
          if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
          upload.start();
        })
        .catch(() => upload.start());
    });

  const sendAll = async () => {
    setRunning(true);
    for (const item of items.filter((i) => i.state === "waiting" || i.state === "refused")) await sendOne(item);
    setRunning(false);
  };

  const pending = items.filter((i) => i.state === "waiting" || i.state === "refused");
  // a file received leaves the queue: its receipt is listed below
  const shown = items.filter((i) => i.state !== "done");
  const received = items.length - shown.length;
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor="records-files" className="block text-sm font-medium text-slate-800">
          {t.chooseFiles}
        </label>
        <input
          id="records-files"
          type="file"
          multiple
          accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
          aria-describedby="records-files-hint"
          className={`${inputClass} mt-1 file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:text-brand-700`}
          onChange={(event) => {
            choose(event.target.files);
            event.target.value = "";
          }}
        />
        <p id="records-files-hint" className="mt-1 text-xs text-slate-600">
          {t.chooseHint(maxMb)}
        </p>
      </div>
      <p className="text-sm text-green-800" aria-live="polite">
        {received > 0 ? t.receivedCount(received) : ""}
      </p>
      {shown.length > 0 ? (
        <section aria-labelledby="records-queue-title" className="space-y-2">
          <h3 id="records-queue-title" className="text-sm font-semibold text-slate-900">
            {t.queueTitle}
          </h3>
          <ul className="space-y-3">
            {shown.map((item) => (
              <li key={item.key} className="rounded-md p-3 ring-1 ring-slate-200" data-file={item.file.name}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="min-w-0 break-all text-sm font-medium">{item.file.name}</span>
                  <Badge
                    tone={
                      item.state === "done"
                        ? "green"
                        : item.state === "refused"
                          ? "red"
                          : item.state === "retrying"
                            ? "amber"
                            : "blue"
                    }
                  >
                    {t.states[item.state]}
                  </Badge>
                </div>
                {item.state === "sending" || item.state === "retrying" || item.state === "done" ? (
                  <progress
                    className="mt-2 h-2 w-full"
                    max={item.file.size || 1}
                    value={item.sent}
                    aria-label={t.progress(item.file.name)}
                  />
                ) : null}
                {item.message ? (
                  <p className="mt-2 text-sm text-red-700" role="alert">
                    {item.message}
                  </p>
                ) : null}
                {item.state === "waiting" || item.state === "refused" ? (
                  <div className="mt-2 space-y-2">
                    <LabelFields
                      idPrefix={`queue-${item.key}`}
                      t={t}
                      labels={item.labels}
                      onChange={(labels) => update(item.key, { labels })}
                    />
                    <Button
                      type="button"
                      variant="secondary"
                      disabled={running}
                      onClick={() => setItems((current) => current.filter((i) => i.key !== item.key))}
                    >
                      {t.remove}
                      <span className="sr-only"> {item.file.name}</span>
                    </Button>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
          {pending.length > 0 ? (
            <Button type="button" onClick={sendAll} pending={running} pendingLabel={t.sending}>
              {t.send(pending.length)}
            </Button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
