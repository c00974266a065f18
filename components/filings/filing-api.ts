// The online application's calls to its routes (app/api/public/filings), each answering
// { ok, data } or { ok: false, message, fieldErrors? } (lib/http/entry-point.ts).
export type ApiResult<T> =
  { ok: true; data: T } | { ok: false; status: number; message: string; fieldErrors?: Record<string, string[]> };

async function answer<T>(response: Response): Promise<ApiResult<T>> {
  const body = (await response.json().catch(() => null)) as
    { ok: true; data: T } | { ok: false; message?: string; fieldErrors?: Record<string, string[]> } | null;
  if (response.ok && body && body.ok) return { ok: true, data: body.data };
  return {
    ok: false,
    status: response.status,
    message: (body && !body.ok && body.message) || "Something went wrong. Please try again.",
    fieldErrors: body && !body.ok ? body.fieldErrors : undefined,
  };
}

export async function postJson<T>(path: string, body: unknown): Promise<ApiResult<T>> {
  try {
    return await answer<T>(
      await fetch(path, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      }),
    );
  } catch {
    return { ok: false, status: 0, message: "" };
  }
}

export async function postForm<T>(path: string, form: FormData): Promise<ApiResult<T>> {
  try {
    return await answer<T>(await fetch(path, { method: "POST", body: form }));
  } catch {
    return { ok: false, status: 0, message: "" };
  }
}
