// The language a browser asks for (the Accept-Language header, RFC 9110 section 12.5.4):
// the highest-weighted of English and Spanish, English when neither is asked for. A tag
// counts by its primary subtag ("es-MX" is Spanish); "q=0" means "not this one".
import type { Lang } from "./party-messages.ts";

const SUPPORTED: readonly Lang[] = ["en", "es"];

export function langFromAcceptLanguage(header: string | null | undefined): Lang | null {
  if (!header) return null;
  let best: { lang: Lang; q: number; order: number } | null = null;
  header
    .slice(0, 500)
    .split(",")
    .forEach((part, order) => {
      const [tag, ...params] = part.trim().split(";");
      const primary = tag.trim().toLowerCase().split("-")[0];
      const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith("q="));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      if (!Number.isFinite(q) || q <= 0 || q > 1) return;
      const lang = SUPPORTED.find((l) => l === primary);
      if (!lang) return;
      if (!best || q > best.q) best = { lang, q, order };
    });
  return (best as { lang: Lang } | null)?.lang ?? null;
}
