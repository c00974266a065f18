// The entry-point wrappers (lib/http/entry-point.ts): every kind of error becomes the one
// ActionResult shape for actions and the one JSON shape for routes; a form action refuses
// anything but a form, and only when its use case reads it; unknown errors are logged and
// never shown; pages are revalidated (and the browser redirected) only after a success.
import { jest } from "@jest/globals";
import { z } from "zod";
import { GENERIC_FAILURE, UNSTORABLE_TEXT } from "@/lib/action-result.ts";
import { AppError, SIGN_IN_REQUIRED } from "@/lib/errors.ts";
import { FORM_UNREADABLE } from "@/lib/form-input.ts";

const revalidatePath = jest.fn();
const redirect = jest.fn((path: string) => {
  throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${path};307;` });
});
jest.unstable_mockModule("next/cache", () => ({ revalidatePath }));
jest.unstable_mockModule("next/navigation", () => ({ redirect }));
const { defineAction, defineRoute, routeFailure } = await import("@/lib/http/entry-point.ts");

const zodError = (() => {
  const parsed = z.object({ caseId: z.uuid("Unknown case.") }).safeParse({ caseId: "nope" });
  return parsed.error!;
})();
const INTERNAL = new Error('relation "Case" does not exist\n    at Object.<anonymous> (/app/lib/x.ts:1:1)');

/** Runs `work` with console.error captured; what it returned and what was logged. */
async function quietly<T>(work: () => Promise<T>): Promise<{ value: T; logged: unknown[][] }> {
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    return { value: await work(), logged: spy.mock.calls.map((call) => [...call]) };
  } finally {
    spy.mockRestore();
  }
}

beforeEach(() => {
  revalidatePath.mockClear();
  redirect.mockClear();
});

describe("defineAction", () => {
  test("a success answers the data and its message, then revalidates the pages named", async () => {
    const action = defineAction({
      run: async (input) => ({ echoed: input }),
      message: "Saved.",
      revalidate: ["/admin/specialties", { layout: "/admin" }],
    });
    await expect(action("x")).resolves.toEqual({ ok: true, data: { echoed: "x" }, message: "Saved." });
    expect(revalidatePath.mock.calls).toEqual([["/admin/specialties"], ["/admin", "layout"]]);
  });

  test("the message can be made from the result, and may be left out", async () => {
    const counted = defineAction({ run: async () => 3, message: (n) => `${n} changed.` });
    await expect(counted(null)).resolves.toEqual({ ok: true, data: 3, message: "3 changed." });
    const silent = defineAction({ run: async () => null });
    await expect(silent(null)).resolves.toStrictEqual({ ok: true, data: null });
  });

  test.each([
    [
      "an AppError",
      new AppError("CONFLICT", "Already assigned.", { reviewerId: ["Busy."] }),
      { ok: false, message: "Already assigned.", fieldErrors: { reviewerId: ["Busy."] } },
    ],
    [
      "a refusal of a signed-out caller",
      new AppError("UNAUTHENTICATED", SIGN_IN_REQUIRED),
      { ok: false, message: SIGN_IN_REQUIRED },
    ],
    [
      "a ZodError",
      zodError,
      { ok: false, message: "Please correct the highlighted fields.", fieldErrors: { caseId: ["Unknown case."] } },
    ],
    [
      "text PostgreSQL cannot store",
      new Error('invalid byte sequence for encoding "UTF8": 0x00'),
      { ok: false, message: UNSTORABLE_TEXT },
    ],
  ])("%s is answered with its own message, not logged, nothing revalidated", async (_label, error, expected) => {
    const action = defineAction({
      run: async () => {
        throw error;
      },
      message: "Saved.",
      revalidate: ["/admin"],
    });
    const { value, logged } = await quietly(() => action({}));
    expect(value).toEqual(expected);
    expect(logged).toEqual([]);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  test("an unknown error is logged on the server and answered with the generic failure, no internals", async () => {
    const action = defineAction({
      run: async () => {
        throw INTERNAL;
      },
    });
    const { value, logged } = await quietly(() => action({}));
    expect(value).toStrictEqual({ ok: false, message: GENERIC_FAILURE });
    expect(JSON.stringify(value)).not.toMatch(/relation|lib\/x\.ts/);
    expect(logged).toEqual([[INTERNAL]]);
  });

  test("redirect() and notFound() thrown by the use case pass through", async () => {
    const signal = Object.assign(new Error("NEXT_HTTP_ERROR_FALLBACK;404"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    const action = defineAction({
      run: async () => {
        throw signal;
      },
    });
    await expect(action({})).rejects.toBe(signal);
  });

  test("a redirect happens after a success only, after the revalidation", async () => {
    const action = defineAction({
      run: async (input) => {
        if (input === "bad") throw new AppError("VALIDATION", "No.");
      },
      revalidate: ["/a"],
      redirect: "/done",
    });
    await expect(action("bad")).resolves.toEqual({ ok: false, message: "No." });
    expect(redirect).not.toHaveBeenCalled();
    await expect(action("good")).rejects.toMatchObject({ digest: expect.stringContaining("/done") });
    expect(revalidatePath).toHaveBeenCalledWith("/a");
    expect(redirect).toHaveBeenCalledWith("/done");
  });
});

describe('defineAction with input: "form"', () => {
  const read = defineAction({ input: "form", run: async (form) => String(form().get("name")) });

  test("a form reaches the use case", async () => {
    const form = new FormData();
    form.set("name", "Maria");
    await expect(read(null, form)).resolves.toEqual({ ok: true, data: "Maria" });
  });

  test.each([
    ["nothing", undefined],
    ["text", "name=Maria"],
    ["an object in place of the form", { name: "Maria" }],
    ["a list", [1, 2]],
  ])("%s is refused: the form could not be read (nothing logged)", async (_label, argument) => {
    const { value, logged } = await quietly(() => read({ ok: false, message: "x" }, argument));
    expect(value).toEqual({ ok: false, message: FORM_UNREADABLE });
    expect(logged).toEqual([]);
  });

  test("the caller is checked before the form: a refusal comes first whatever was sent", async () => {
    const signedOut = async () => {
      throw new AppError("UNAUTHENTICATED", SIGN_IN_REQUIRED);
    };
    const guarded = defineAction({
      input: "form",
      run: async (form) => {
        await signedOut();
        return form();
      },
    });
    await expect(guarded(null, "not a form")).resolves.toEqual({ ok: false, message: SIGN_IN_REQUIRED });
  });

  test("a use case that returns nothing answers data undefined", async () => {
    const done = defineAction({
      input: "form",
      run: async (form) => {
        form();
      },
    });
    await expect(done(null, new FormData())).resolves.toEqual({ ok: true, data: undefined });
  });
});

describe("defineRoute and routeFailure", () => {
  const failing = (error: unknown, status?: Record<string, number>) =>
    defineRoute(
      async () => {
        throw error;
      },
      { status },
    );

  test.each([
    [
      "a validation error with fields",
      zodError,
      422,
      { ok: false, message: "Please correct the highlighted fields.", fieldErrors: { caseId: ["Unknown case."] } },
    ],
    [
      "a record not found",
      new AppError("NOT_FOUND", "Document not found."),
      404,
      { ok: false, message: "Document not found." },
    ],
    [
      "a record out of reach (as not found)",
      new AppError("FORBIDDEN", "Document not found."),
      404,
      { ok: false, message: "Document not found." },
    ],
    [
      "a signed-out caller",
      new AppError("UNAUTHENTICATED", SIGN_IN_REQUIRED),
      401,
      { ok: false, message: SIGN_IN_REQUIRED },
    ],
    [
      "a conflict",
      new AppError("CONFLICT", "Changed in another tab."),
      409,
      { ok: false, message: "Changed in another tab." },
    ],
    [
      "text that cannot be stored",
      new Error("lone leading surrogate in hex escape"),
      422,
      { ok: false, message: UNSTORABLE_TEXT },
    ],
  ])("%s: its status and message, uncached, not logged", async (_label, error, status, body) => {
    const { value: response, logged } = await quietly(() =>
      failing(error)(new Request("http://x/api"), { params: Promise.resolve({}) }),
    );
    expect(response.status).toBe(status);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toStrictEqual(body);
    expect(logged).toEqual([]);
  });

  test("an unknown error is a logged 500 with the generic failure and no internals", async () => {
    const { value: response, logged } = await quietly(() => failing(INTERNAL)(new Request("http://x/api")));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toStrictEqual({ ok: false, message: GENERIC_FAILURE });
    expect(text).not.toMatch(/relation|lib\/x\.ts/);
    expect(logged).toEqual([[INTERNAL]]);
  });

  test("a route may answer a code with another status (a report refused to a role: 403)", async () => {
    const response = await failing(new AppError("FORBIDDEN", "You do not have permission to do that."), {
      FORBIDDEN: 403,
    })(new Request("http://x/api"));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ ok: false, message: "You do not have permission to do that." });
    expect((await routeFailure(new AppError("NOT_FOUND", "Gone."), { FORBIDDEN: 403 })).status).toBe(404);
  });

  test("the route gets its parameters, and its own response goes out as it is", async () => {
    const route = defineRoute<{ documentId: string }>(
      async (request, { documentId }) => new Response(`${request.method} ${documentId}`, { status: 201 }),
    );
    const response = await route(new Request("http://x/api", { method: "POST" }), {
      params: Promise.resolve({ documentId: "d1" }),
    });
    expect(response.status).toBe(201);
    expect(await response.text()).toBe("POST d1");
  });
});
