// The one way to write an entry point. A server action or a route handler is transport only:
// it resolves the caller from the session and hands the raw input to a use case, which checks
// the permission first and then parses the input with zod (so a caller without the right is
// refused whatever was sent). These wrappers do the rest, the same way everywhere:
// - actions answer an ActionResult: AppError -> its message (and field errors), ZodError ->
//   "Please correct the highlighted fields." with field errors, text PostgreSQL cannot store ->
//   its explanation, anything else logged and answered GENERIC_FAILURE (lib/action-result.ts);
//   after a success they revalidate the pages that show the change, then redirect if asked;
// - a form action (`input: "form"`, for useActionState's `(previous, form)`) hands its use case
//   a reader of the form: anything but a FormData is refused with FORM_UNREADABLE when read,
//   so the caller can still be checked before the form is (lib/form-input.ts);
// - routes answer one JSON error shape, { ok: false, message, fieldErrors? }, uncached, with
//   the status of lib/http/error-status.ts. A state-changing route still starts with its own
//   `refuseUnlessSameOrigin(request, ...)` line (./state-changing-route.ts): the check is
//   visible where the route is declared, before the caller or the body is touched.
// redirect() and notFound() thrown inside a use case pass through (runAction).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failureFrom, runAction, type ActionResult } from "../action-result.ts";
import { AppError, type AppErrorCode } from "../errors.ts";
import { formArgument } from "../form-input.ts";
import { errorStatus } from "./error-status.ts";

/** A path to revalidate after a success: the page itself, or `{ layout }` for everything under it. */
export type Revalidation = string | { layout: string };

type Outcome<T> = {
  /** Shown on success: a fixed text, or one made from the use case's result. */
  message?: string | ((data: T) => string | undefined);
  /** Pages that show what changed. */
  revalidate?: readonly Revalidation[];
  /** Where the browser goes after a success (the result is then never returned). */
  redirect?: string;
};

type ArgumentAction<T> = Outcome<T> & { input?: "argument"; run: (input: unknown) => Promise<T> };
type FormAction<T> = Outcome<T> & { input: "form"; run: (form: () => FormData) => Promise<T> };

/** A use case that returns nothing answers `data: undefined`. */
type Data<T> = [T] extends [void] ? undefined : T;

/** `(input) => ActionResult`: the action's one argument goes to the use case as it came. */
export function defineAction<T>(spec: ArgumentAction<T>): (input: unknown) => Promise<ActionResult<Data<T>>>;
/** `(previous, form) => ActionResult`: `run` reads the form with `form()` once the caller is checked. */
export function defineAction<T>(
  spec: FormAction<T>,
): (previous: unknown, form: unknown) => Promise<ActionResult<Data<T>>>;
export function defineAction<T>(spec: ArgumentAction<T> | FormAction<T>) {
  if (spec.input === "form") {
    const { run } = spec;
    return async (_previous: unknown, form: unknown) =>
      finish(await runAction(() => run(() => formArgument(form))), spec);
  }
  const { run } = spec;
  return async (input: unknown) => finish(await runAction(() => run(input)), spec);
}

function finish<T>(result: ActionResult<T>, outcome: Outcome<T>): ActionResult<T> {
  if (!result.ok) return result;
  for (const target of outcome.revalidate ?? []) {
    if (typeof target === "string") revalidatePath(target);
    else revalidatePath(target.layout, "layout");
  }
  if (outcome.redirect) redirect(outcome.redirect);
  const message = typeof outcome.message === "function" ? outcome.message(result.data) : outcome.message;
  return message === undefined ? { ok: true, data: result.data } : { ok: true, data: result.data, message };
}

const NO_STORE = { "Cache-Control": "no-store" };

/** A JSON answer that is never cached (every route's answers concern a user or a case). */
export function jsonResponse(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return Response.json(body, { status: init.status, headers: { ...NO_STORE, ...init.headers } });
}

/** A route's failure as { ok: false, message, fieldErrors? }; `status` overrides the usual status of a code. */
export function routeFailure(error: unknown, status: Partial<Record<AppErrorCode, number>> = {}): Response {
  const failure = failureFrom(error); // logs the unknown
  const code = error instanceof AppError ? status[error.code] : undefined;
  return jsonResponse(failure.fieldErrors ? failure : { ok: false, message: failure.message }, {
    status: code ?? errorStatus(error),
  });
}

export type RouteContext<P> = { params: Promise<P> };

/** A route handler: `run` gets the request and the route's parameters; whatever it throws becomes routeFailure. */
export function defineRoute<P = Record<string, never>>(
  run: (request: Request, params: P) => Promise<Response>,
  options: { status?: Partial<Record<AppErrorCode, number>> } = {},
): (request: Request, context?: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    try {
      // a caller in a test may leave the context out for a route without parameters
      return await run(request, context ? await context.params : ({} as P));
    } catch (error) {
      return routeFailure(error, options.status);
    }
  };
}
