"use client";
// A combobox over the organization directory (ARIA 1.2 combobox with a listbox): type to
// search by name or other name, arrow keys to move, Enter to pick, Escape to close. The
// pick fills a hidden id field; typing something else clears it (a typed name is kept).
import { useEffect, useId, useRef, useState } from "react";
import { inputClass } from "@/components/ui/field.tsx";

export type DirectoryOption = {
  id: string;
  name: string;
  kindLabel: string;
  aliases: string[];
  parentName: string | null;
};

type Props = {
  id: string;
  label: string;
  /** the name of the text input in the form (absent: the text only searches) */
  name?: string;
  /** the name of the hidden input holding the picked entry's id */
  idName: string;
  defaultText?: string;
  defaultId?: string;
  /** the picked entry's name, when known, for a default id */
  defaultPickedName?: string;
  required?: boolean;
  hint?: string;
  error?: string[];
  kind?: string;
  /** send the hidden id only once the user has changed the pick (an edit form that does not know the stored one) */
  sendOnlyWhenChanged?: boolean;
  after?: (state: { pickedId: string; text: string }) => React.ReactNode;
};

async function searchDirectory(q: string, kind?: string): Promise<DirectoryOption[]> {
  const params = new URLSearchParams({ q });
  if (kind) params.set("kind", kind);
  const response = await fetch(`/api/organizations?${params}`, { headers: { accept: "application/json" } });
  if (!response.ok) return [];
  const body = (await response.json()) as { options?: DirectoryOption[] };
  return body.options ?? [];
}

export function OrganizationPicker({
  id,
  label,
  name,
  idName,
  defaultText = "",
  defaultId = "",
  defaultPickedName,
  required,
  hint,
  error,
  kind,
  sendOnlyWhenChanged,
  after,
}: Props) {
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(defaultText);
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(
    defaultId ? { id: defaultId, name: defaultPickedName ?? defaultText } : null,
  );
  const [touched, setTouched] = useState(false);
  const [options, setOptions] = useState<DirectoryOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // a form reset (after adding) empties the picker too
  useEffect(() => {
    const form = inputRef.current?.form;
    if (!form) return;
    const reset = () => {
      setText("");
      setPicked(null);
      setTouched(false);
      setOpen(false);
    };
    form.addEventListener("reset", reset);
    return () => form.removeEventListener("reset", reset);
  }, []);

  useEffect(() => {
    const q = text.trim();
    if (!touched || q.length < 2 || (picked && picked.name === text)) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const found = await searchDirectory(q, kind).catch(() => []);
      if (stale) return;
      setOptions(found);
      setActive(-1);
      setOpen(true);
    }, 250);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [text, touched, kind, picked]);

  const choose = (option: DirectoryOption) => {
    setPicked({ id: option.id, name: option.name });
    setText(option.name);
    setOpen(false);
    setActive(-1);
  };
  const clear = () => {
    setPicked(null);
    setTouched(true);
    inputRef.current?.focus();
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open && options.length) setOpen(true);
      setActive((i) => (options.length ? (i + 1) % options.length : -1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => (options.length ? (i <= 0 ? options.length - 1 : i - 1) : -1));
    } else if (event.key === "Enter" && open && active >= 0 && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const hintId = `${id}-hint`,
    errorId = `${id}-error`,
    pickedId = `${id}-picked`;
  const describedBy =
    [hint ? hintId : null, picked ? pickedId : null, error?.length ? errorId : null].filter(Boolean).join(" ") ||
    undefined;
  const expanded = open && text.trim().length >= 2;
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
      <div className="relative">
        <input
          ref={inputRef}
          id={id}
          name={name}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={describedBy}
          aria-invalid={error?.length ? true : undefined}
          required={required}
          className={inputClass}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setTouched(true);
            if (picked && event.target.value !== picked.name) setPicked(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <input type="hidden" name={idName} value={picked?.id ?? ""} disabled={sendOnlyWhenChanged && !touched} />
        <ul
          id={listId}
          role="listbox"
          aria-label={`Directory matches for ${label.toLowerCase()}`}
          hidden={!expanded}
          className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-slate-300"
        >
          {options.length === 0 ? (
            <li role="option" aria-selected={false} aria-disabled className="px-3 py-2 text-slate-600">
              Not in the directory; the name will be kept as typed.
            </li>
          ) : null}
          {options.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={`cursor-pointer px-3 py-2 ${index === active ? "bg-brand-50 text-brand-800" : "text-slate-800"}`}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
            >
              <span className="font-medium">{option.name}</span>{" "}
              <span className="text-slate-600">
                ({option.kindLabel}
                {option.parentName ? `, part of ${option.parentName}` : ""})
              </span>
              {option.aliases.length ? (
                <span className="block text-xs text-slate-600">Also: {option.aliases.join("; ")}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
      <p className="sr-only" aria-live="polite">
        {expanded ? `${options.length} directory ${options.length === 1 ? "match" : "matches"}.` : ""}
      </p>
      {hint ? (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {picked ? (
        <p id={pickedId} className="flex flex-wrap items-center gap-2 text-xs text-green-800">
          <span>From the directory{picked.name !== text ? `: ${picked.name}` : ""}.</span>
          <button
            type="button"
            onClick={clear}
            className="rounded underline underline-offset-2 hover:text-green-950 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            Clear the directory choice<span className="sr-only"> for {label}</span>
          </button>
        </p>
      ) : null}
      {error?.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {error.join(" ")}
        </p>
      ) : null}
      {after?.({ pickedId: picked?.id ?? "", text })}
    </div>
  );
}
