// The public search's answers, kept in this process for as long as the published decisions
// stay as they were. The database counts every statement that writes them (PublishedChange,
// moved by a trigger in the writing transaction), so an answer is used again only while the
// counter reads the same: a publication or a withdrawal shows at the next request, as without
// the cache. Each request reads the counter first and then, on a miss, searches through the
// same client: a read replica replays commits in order, so an answer is never older than the
// counter it is kept under.
import { dbRead } from "../db/read-client.ts";
import { publishedSearchInput } from "./search-filters.ts";
import { SEARCH_LIMITS, searchPublished, type PublishedSearchResult } from "./search-published.ts";

/** Answers kept (the least recently used goes first); a page of 50 rows is about 30 KB. */
export const CACHED_ANSWERS = 200;

type Reader = ReturnType<typeof dbRead>;
type Holder = { answers: Map<string, PublishedSearchResult> };
const holder: Holder = ((globalThis as Record<string, unknown>).__imrSearchCache ??= {
  answers: new Map(),
}) as Holder;

/** The change counter as the given client sees it; null if its row is missing (nothing is then kept). */
export async function publishedChangeCounter(reader: Reader = dbRead()): Promise<string | null> {
  const rows = await reader.$queryRaw<
    { counter: string }[]
  >`SELECT "counter"::text AS "counter" FROM "PublishedChange"`;
  return rows[0]?.counter ?? null;
}

/** searchPublished's answer, from this process's cache while no published decision changed. */
export async function cachedSearchPublished(input: unknown): Promise<PublishedSearchResult> {
  const filters = publishedSearchInput.parse(input);
  const reader = dbRead();
  const counter = await publishedChangeCounter(reader);
  if (counter === null) return searchPublished(filters, SEARCH_LIMITS, reader);
  const key = `${counter} ${JSON.stringify(filters)}`;
  const kept = holder.answers.get(key);
  if (kept) {
    holder.answers.delete(key);
    holder.answers.set(key, kept);
    return kept;
  }
  const answer = await searchPublished(filters, SEARCH_LIMITS, reader);
  holder.answers.set(key, answer);
  while (holder.answers.size > CACHED_ANSWERS) holder.answers.delete(holder.answers.keys().next().value!);
  return answer;
}

/** Empties this process's cache (tests). */
export function forgetCachedSearches(): void {
  holder.answers.clear();
}
