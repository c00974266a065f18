"use client";
// A section's "Add ..." button that opens its form in place; the form closes itself when done.
import { useState } from "react";
import { Button } from "@/components/ui/button.tsx";

export function AddToggle({ label, children }: { label: string; children: (close: () => void) => React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return open ? (
    <div>{children(() => setOpen(false))}</div>
  ) : (
    <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
      {label}
    </Button>
  );
}
