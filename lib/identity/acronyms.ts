// Initials inside a longer name: "UCLA Medical Center" = "University of California Los Angeles
// Medical Center", "Sedgwick CMS" = "Sedgwick Claims Management Services". A short word of one
// name may stand for a run of two to four words at the start or end of the other, when the words
// left over are the same. (Whole-name acronyms, "SCIF", are in organization-name.ts.)

/** A run of words written as its initials, with the other words of the name (sorted). */
export type Initials = { initials: string; rest: string };

/** Runs of 2-4 words at the start or the end of a name (significant words, expanded). */
export function initialRuns(words: string[]): Initials[] {
  const runs: Initials[] = [];
  for (let n = 2; n <= 4 && n < words.length; n++) {
    const head = words.slice(0, n),
      tail = words.slice(words.length - n);
    runs.push({ initials: head.map((w) => w[0]).join(""), rest: words.slice(n).sort().join(" ") });
    runs.push({
      initials: tail.map((w) => w[0]).join(""),
      rest: words
        .slice(0, words.length - n)
        .sort()
        .join(" "),
    });
  }
  return runs;
}

/** Words of two to four letters, outside the dictionary, that may be initials, with the other words. */
export function possibleInitials(words: string[], isKnown: (w: string) => boolean): Initials[] {
  if (words.length < 2) return [];
  return words.flatMap((w, i) =>
    /^[a-z]{2,4}$/.test(w) && !isKnown(w)
      ? [
          {
            initials: w,
            rest: words
              .filter((_, k) => k !== i)
              .sort()
              .join(" "),
          },
        ]
      : [],
  );
}

export const sameInitials = (short: Initials[], runs: Initials[]): Initials | undefined =>
  short.find((s) => runs.some((r) => r.initials === s.initials && r.rest === s.rest));
