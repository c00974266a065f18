// A labelled form field with its error message wired for screen readers.
type FieldProps = {
  id: string;
  label: string;
  error?: string[];
  hint?: string;
  required?: boolean;
  children: (props: {
    id: string;
    "aria-describedby"?: string;
    "aria-invalid"?: boolean;
    className: string;
  }) => React.ReactNode;
};

export const inputClass =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-600";

export function Field({ id, label, error, hint, required, children }: FieldProps) {
  const describedBy =
    [hint ? `${id}-hint` : null, error?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? (
          <span className="text-red-700" aria-hidden>
            {" "}
            *
          </span>
        ) : null}
      </label>
      {children({
        id,
        "aria-describedby": describedBy,
        "aria-invalid": error?.length ? true : undefined,
        className: inputClass,
      })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A checkbox with its label beside it, and its error wired like Field's. */
export function CheckboxField({
  id,
  label,
  error,
  hint,
  ...input
}: {
  id: string;
  label: React.ReactNode;
  error?: string[];
  hint?: string;
} & React.InputHTMLAttributes<HTMLInputElement>) {
  const describedBy =
    [hint ? `${id}-hint` : null, error?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="flex items-start gap-2 text-sm text-slate-800">
        <input
          {...input}
          id={id}
          type="checkbox"
          aria-describedby={describedBy}
          aria-invalid={error?.length ? true : undefined}
          className="mt-0.5 size-4 shrink-0 accent-brand-600"
        />
        <span>{label}</span>
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="pl-6 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error?.length ? (
        <p id={`${id}-error`} className="pl-6 text-sm text-red-700">
          {error.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
