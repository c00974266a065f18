"use client";
// The disputed items of an application: the treatment as written and its category. From the
// keyboard: Alt+Shift+N anywhere in the form adds an item and puts the cursor in it, and
// Ctrl+Enter (⌘+Enter) in an item's text goes to the next item, adding one after the last.
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { Field, inputClass } from "@/components/ui/field.tsx";
import type { DraftValues } from "./application-fields.tsx";

type Item = { key: number; description: string; categoryId: string };

export const MAX_ITEMS = 20;
export const ADD_ITEM_SHORTCUT = "Alt+Shift+N";

/** Alt+Shift+N, by the key's place on the keyboard (on a Mac, Option+Shift+N types a character). */
export const isAddItemShortcut = (event: KeyboardEvent | React.KeyboardEvent) =>
  event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === "KeyN";

type Props = {
  categories: { id: string; label: string }[];
  initial: DraftValues;
  errors: Record<string, string[]>;
  onChange: () => void;
  /** the form the shortcut works in */
  formRef: React.RefObject<HTMLFormElement | null>;
};

export function DisputedItemsEditor({ categories, initial, errors, onChange, formRef }: Props) {
  const nextKey = useRef(0);
  const [items, setItems] = useState<Item[]>(() => {
    const descriptions = Array.isArray(initial.items) ? initial.items : [];
    const categoryIds = Array.isArray(initial.itemCategory) ? initial.itemCategory : [];
    const start = descriptions.length
      ? descriptions.map((d, i) => ({ description: d, categoryId: categoryIds[i] ?? "" }))
      : [{ description: "", categoryId: "" }];
    return start.map((item, key) => ({ ...item, key }));
  });
  // a new object each time, so asking for the same item again moves the cursor again
  const [focusRequest, setFocusRequest] = useState<{ index: number } | null>(null);
  const [announcement, setAnnouncement] = useState("");

  const update = (next: Item[]) => {
    setItems(next);
    onChange();
  };
  const add = () => {
    if (items.length >= MAX_ITEMS) {
      setAnnouncement(`At most ${MAX_ITEMS} disputed items.`);
      return;
    }
    nextKey.current = Math.max(nextKey.current, ...items.map((i) => i.key)) + 1;
    update([...items, { key: nextKey.current, description: "", categoryId: "" }]);
    setFocusRequest({ index: items.length });
    setAnnouncement(`Item ${items.length + 1} added.`);
  };
  const remove = (index: number) => {
    update(items.filter((_, i) => i !== index));
    setFocusRequest({ index: Math.max(0, index - 1) });
    setAnnouncement(`Item ${index + 1} removed.`);
  };

  // the cursor goes into the item just added (or the one before a removed item)
  useEffect(() => {
    if (focusRequest) document.getElementById(`items-${focusRequest.index}`)?.focus();
  }, [focusRequest]);

  // Alt+Shift+N anywhere in the form
  const addRef = useRef(add);
  useEffect(() => {
    addRef.current = add;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const form = formRef.current;
      if (!form || !isAddItemShortcut(event)) return;
      if (event.target instanceof Node && event.target !== document.body && !form.contains(event.target)) return;
      event.preventDefault();
      addRef.current();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [formRef]);

  const onItemKeyDown = (index: number) => (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    if (index === items.length - 1) add();
    else setFocusRequest({ index: index + 1 });
  };

  return (
    <Card
      title="Disputed items"
      actions={
        <Button
          type="button"
          variant="secondary"
          onClick={add}
          disabled={items.length >= MAX_ITEMS}
          aria-keyshortcuts={ADD_ITEM_SHORTCUT}
        >
          Add item
        </Button>
      }
    >
      <p id="items-keys" className="mb-3 text-xs text-slate-600">
        Keyboard: <kbd className="font-mono">Alt</kbd>+<kbd className="font-mono">Shift</kbd>+
        <kbd className="font-mono">N</kbd> adds an item from anywhere in the form; <kbd className="font-mono">Ctrl</kbd>
        +<kbd className="font-mono">Enter</kbd> in an item goes to the next one (adding one after the last).
      </p>
      <div className="space-y-4">
        {items.map((item, index) => {
          const error = [...(index === 0 ? (errors.items ?? []) : []), ...(errors[`items.${index}`] ?? [])];
          return (
            <div
              key={item.key}
              className="grid gap-2 sm:grid-cols-[1fr_16rem_auto] sm:items-start"
              data-item={index + 1}
            >
              <Field
                id={`items-${index}`}
                label={`Item ${index + 1}: treatment as requested`}
                required={index === 0}
                error={error.length ? error : undefined}
              >
                {(props) => (
                  <textarea
                    {...props}
                    aria-describedby={[props["aria-describedby"], "items-keys"].filter(Boolean).join(" ")}
                    aria-required={index === 0 || undefined}
                    name="items"
                    data-field={`items.${index}`}
                    rows={2}
                    value={item.description}
                    onKeyDown={onItemKeyDown(index)}
                    onChange={(e) =>
                      update(items.map((v, i) => (i === index ? { ...v, description: e.target.value } : v)))
                    }
                  />
                )}
              </Field>
              <div className="space-y-1">
                <label htmlFor={`itemCategory-${index}`} className="block text-sm font-medium text-slate-800">
                  <span className="sr-only">Item {index + 1} </span>Category
                </label>
                <select
                  id={`itemCategory-${index}`}
                  name="itemCategory"
                  data-field={`items.${index}`}
                  className={inputClass}
                  value={item.categoryId}
                  onChange={(e) =>
                    update(items.map((v, i) => (i === index ? { ...v, categoryId: e.target.value } : v)))
                  }
                >
                  <option value="">Not classified</option>
                  {categories.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </div>
              {items.length > 1 ? (
                <Button
                  type="button"
                  variant="secondary"
                  className="sm:mt-6"
                  aria-label={`Remove item ${index + 1}`}
                  onClick={() => remove(index)}
                >
                  Remove
                </Button>
              ) : (
                <span />
              )}
            </div>
          );
        })}
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </Card>
  );
}
