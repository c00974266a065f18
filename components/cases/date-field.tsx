"use client";
// A calendar date in one text box: one Tab stop (a date input is four in Chromium: month, day,
// year and the picker), typed as MM/DD/YYYY or a short form (1/2/26, 01022026) or yyyy-mm-dd,
// with the number keypad on a phone. A hidden field sends the form the ISO date it reads as
// (or the text as typed, when it is no date, for the form's check to name). On leaving the
// box, a date it could read is shown written out in full, so intake sees how it was read.
import { useState } from "react";
import { Field } from "@/components/ui/field.tsx";
import { formatDateInput, parseDateInput } from "@/lib/format/date-input.ts";

type Props = {
  name: string;
  label: string;
  /** the ISO date (or text) to start with */
  defaultValue: string;
  error?: string[];
  required?: boolean;
  /** said after the format ("MM/DD/YYYY") */
  hint?: string;
  /** the form's control id, when it is not the field's name */
  id?: string;
};

/** The ISO date the text reads as, or the text itself (trimmed) when it is no date. */
export function dateFieldValue(text: string): string {
  const read = parseDateInput(text, null);
  return read.ok ? read.iso : text.trim();
}

export function DateField({ name, label, defaultValue, error, required, hint, id = name }: Props) {
  const [text, setText] = useState(() => formatDateInput(defaultValue));
  const value = dateFieldValue(text);
  return (
    <Field id={id} label={label} error={error} required={required} hint={hint ? `MM/DD/YYYY. ${hint}` : "MM/DD/YYYY"}>
      {(props) => (
        <>
          <input
            {...props}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            aria-required={required || undefined}
            data-field={name}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onBlur={() => {
              if (value !== text.trim()) setText(formatDateInput(value));
            }}
          />
          <input type="hidden" name={name} value={value} />
        </>
      )}
    </Field>
  );
}
