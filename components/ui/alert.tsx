// A status message. Announced to screen readers when it appears. A refusal for want of a
// session ("Please sign in to continue.") comes with a link to sign in and return here.
import { SIGN_IN_REQUIRED } from "@/lib/errors.ts";
import { SignInAgainLink } from "@/components/auth/sign-in-again-link.tsx";

type Tone = "error" | "success" | "info" | "warning";

const TONES: Record<Tone, string> = {
  error: "bg-red-50 text-red-800 ring-red-200",
  success: "bg-green-50 text-green-800 ring-green-200",
  info: "bg-brand-50 text-brand-800 ring-brand-100",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
};

export function Alert({ tone = "info", title, children }: { tone?: Tone; title?: string; children?: React.ReactNode }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-md p-4 text-sm ring-1 ring-inset ${TONES[tone]}`}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? (
        <div className={title ? "mt-1" : ""}>
          {children}
          {children === SIGN_IN_REQUIRED ? (
            <>
              {" "}
              <SignInAgainLink />
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
