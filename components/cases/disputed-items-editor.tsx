"use client";
// The disputed items of an application: the treatment as written and its category.
import { useState } from "react";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { Field, inputClass } from "@/components/ui/field.tsx";
import type { DraftValues } from "./application-fields.tsx";

type Item = { description: string; categoryId: string };

export function DisputedItemsEditor({ categories, initial, error, onChange }: { categories: { id: string; label: string }[]; initial: DraftValues; error?: string[]; onChange: () => void }) {
  const descriptions = Array.isArray(initial.items) ? initial.items : [];
  const categoryIds = Array.isArray(initial.itemCategory) ? initial.itemCategory : [];
  const [items, setItems] = useState<Item[]>(descriptions.length ? descriptions.map((d, i) => ({ description: d, categoryId: categoryIds[i] ?? "" })) : [{ description: "", categoryId: "" }]);
  const update = (next: Item[]) => { setItems(next); onChange(); };
  return (
    <Card title="Disputed items" actions={<Button type="button" variant="secondary" onClick={() => update([...items, { description: "", categoryId: "" }])} disabled={items.length >= 20}>Add item</Button>}>
      <div className="space-y-4">
        {items.map((item, index) => (
          <div key={index} className="grid gap-2 sm:grid-cols-[1fr_16rem_auto] sm:items-start">
            <Field id={`items-${index}`} label={`Item ${index + 1}: treatment as requested`} required={index === 0} error={index === 0 ? error : undefined}>
              {(props) => <textarea {...props} name="items" rows={2} value={item.description} onChange={(e) => update(items.map((v, i) => (i === index ? { ...v, description: e.target.value } : v)))} />}
            </Field>
            <div className="space-y-1">
              <label htmlFor={`itemCategory-${index}`} className="block text-sm font-medium text-slate-800">Category</label>
              <select id={`itemCategory-${index}`} name="itemCategory" className={inputClass} value={item.categoryId} onChange={(e) => update(items.map((v, i) => (i === index ? { ...v, categoryId: e.target.value } : v)))}>
                <option value="">Not classified</option>
                {categories.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
              </select>
            </div>
            {items.length > 1 ? <Button type="button" variant="secondary" className="sm:mt-6" aria-label={`Remove item ${index + 1}`} onClick={() => update(items.filter((_, i) => i !== index))}>Remove</Button> : <span />}
          </div>
        ))}
      </div>
    </Card>
  );
}
