// One written form of a known name (a person's, name-variants.ts; an organization's,
// organization-variants.ts) as the matchers (matchers.ts) look for it.
export type Variant = {
  /** What the form looks like ("Dr. Smith"), for reports and tests. */
  form: string;
  /** Regex source for new RegExp(source, "gu"), run on folded text. */
  source: string;
  /** Lower-case pieces one of which every match holds (the precondition of matchers.ts). */
  needles?: string[];
  /** A second such list: every match also holds one of these (a given name, "j." of "J. Smith"). */
  alsoNeedles?: string[];
  /** A third precondition, on the lower-case text: false when no match is possible there. */
  precheck?: (lower: string) => boolean;
};
