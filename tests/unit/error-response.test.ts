// Route handlers' errors, in the one JSON shape { ok: false, message, fieldErrors? }: the
// user's own mistakes keep their status and message (field errors included), anything
// unknown is a generic 500 without internals.
import { jest } from "@jest/globals";
import { z } from "zod";
import { AppError } from "@/lib/errors.ts";
import { GENERIC_FAILURE } from "@/lib/action-result.ts";
import { routeFailure } from "@/lib/http/entry-point.ts";

const invalid = (() => {
  try {
    z.object({ id: z.uuid("Unknown document.") }).parse({ id: "nope" });
  } catch (error) {
    return error;
  }
})();

test.each([
  [
    "invalid input",
    invalid,
    422,
    { ok: false, message: "Please correct the highlighted fields.", fieldErrors: { id: ["Unknown document."] } },
  ],
  ["an AppError", new AppError("NOT_FOUND", "Document not found."), 404, { ok: false, message: "Document not found." }],
  ["an unknown error", new Error("connection refused at 10.0.0.5"), 500, { ok: false, message: GENERIC_FAILURE }],
])("%s", async (_label, error, status, body) => {
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const response = routeFailure(error);
  spy.mockRestore();
  expect(response.status).toBe(status);
  expect(response.headers.get("Cache-Control")).toBe("no-store");
  expect(await response.json()).toEqual(body);
});
