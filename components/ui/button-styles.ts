// Button looks, shared by buttons and links styled as buttons (usable from server code): the
// named classes .btn and .btn-<variant> of app/globals.css.
export type Variant = "primary" | "secondary" | "danger";

export function buttonClass(variant: Variant = "primary"): string {
  return `btn btn-${variant}`;
}
