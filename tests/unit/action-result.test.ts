// Turning a thrown error into what a form shows.
import { z } from "zod";
import { GENERIC_FAILURE, failureFrom, runAction, zodFieldErrors } from "@/lib/action-result.ts";
import { AppError } from "@/lib/errors.ts";

const schema = z.object({
  name: z.string().min(1, "Name is required."),
  address: z.object({ zip: z.string().regex(/^\d{5}$/, "ZIP must be 5 digits.") }),
  items: z.array(z.string().min(2, "Too short.")),
});

function zodError(input: unknown): z.ZodError {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a validation error");
  return result.error;
}

async function withSilencedConsoleError<T>(work: (calls: unknown[][]) => Promise<T> | T): Promise<T> {
  const original = console.error;
  const calls: unknown[][] = [];
  console.error = (...args: unknown[]) => void calls.push(args);
  try {
    return await work(calls);
  } finally {
    console.error = original;
  }
}

describe("failureFrom", () => {
  it("maps a ZodError to field errors keyed by dotted path", () => {
    const error = zodError({ name: "", address: { zip: "9" }, items: ["ok", "x", "y"] });
    expect(failureFrom(error)).toEqual({
      ok: false,
      message: "Please correct the highlighted fields.",
      fieldErrors: {
        name: ["Name is required."],
        "address.zip": ["ZIP must be 5 digits."],
        "items.1": ["Too short."],
        "items.2": ["Too short."],
      },
    });
  });

  it("collects several messages for one field and puts path-less issues under _form", () => {
    const error = new z.ZodError([
      { code: "custom", path: ["name"], message: "First." },
      { code: "custom", path: ["name"], message: "Second." },
      { code: "custom", path: [], message: "Whole form." },
    ]);
    expect(zodFieldErrors(error)).toEqual({ name: ["First.", "Second."], _form: ["Whole form."] });
  });

  it.each([
    [
      new AppError("CONFLICT", "This case was already assigned."),
      { ok: false, message: "This case was already assigned.", fieldErrors: undefined },
    ],
    [new AppError("NOT_FOUND", "Case not found."), { ok: false, message: "Case not found.", fieldErrors: undefined }],
    [
      new AppError("VALIDATION", "Check the form.", { email: ["Taken."] }),
      { ok: false, message: "Check the form.", fieldErrors: { email: ["Taken."] } },
    ],
  ])("maps %s to its own message", (error, expected) => {
    expect(failureFrom(error)).toStrictEqual(expected);
  });

  it.each([
    ["an Error", new Error("password authentication failed for user postgres")],
    ["a TypeError", new TypeError("Cannot read properties of undefined (reading 'secret')")],
    ["a thrown string", "connection string postgres://admin:hunter2@db"],
    ["null", null],
  ])("reports %s generically without leaking it, and logs it", async (_label, error) => {
    await withSilencedConsoleError((calls) => {
      const result = failureFrom(error);
      expect(result).toStrictEqual({ ok: false, message: GENERIC_FAILURE });
      expect(JSON.stringify(result)).not.toMatch(/postgres|secret|hunter2/);
      expect(calls).toEqual([[error]]);
    });
  });

  it("has a generic message that says nothing was changed", () => {
    expect(GENERIC_FAILURE).toBe("Something went wrong on our side. Nothing was changed; please try again.");
  });
});

describe("runAction", () => {
  it("wraps a result", async () => {
    await expect(runAction(async () => 42, "Saved.")).resolves.toEqual({ ok: true, data: 42, message: "Saved." });
  });

  it("turns an AppError into a failure", async () => {
    await expect(
      runAction(async () => {
        throw new AppError("FORBIDDEN", "No.");
      }),
    ).resolves.toEqual({ ok: false, message: "No." });
  });

  it("turns an unknown error into the generic failure", async () => {
    await withSilencedConsoleError(async () => {
      await expect(
        runAction(async () => {
          throw new Error("db down");
        }),
      ).resolves.toEqual({ ok: false, message: GENERIC_FAILURE });
    });
  });

  it.each(["NEXT_REDIRECT;replace;/cases;307;", "NEXT_HTTP_ERROR_FALLBACK;404"])(
    "rethrows Next.js control flow %s",
    async (digest) => {
      const signal = Object.assign(new Error("control flow"), { digest });
      await expect(
        runAction(async () => {
          throw signal;
        }),
      ).rejects.toBe(signal);
    },
  );
});
