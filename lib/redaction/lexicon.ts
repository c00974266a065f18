// What the name finder's dictionary (compromise) knows of a word: a given name, a surname,
// or an ordinary word of English ("will" a modal, "young" an adjective). Used to tell names
// from words without running the full NLP.
import nlp from "compromise";

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;
const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName"]);

const tagOf = (word: string): string | undefined => {
  const tag = lexicon[word.toLowerCase()];
  return Array.isArray(tag) ? tag[0] : tag;
};

/** True when the dictionary knows the word as a given name or a surname. */
export const isKnownName = (word: string): boolean => NAME_TAGS.has(tagOf(word) ?? "");
/** True when the dictionary knows the word as something other than a name. */
export const isKnownWord = (word: string): boolean => {
  const tag = tagOf(word);
  return tag !== undefined && !NAME_TAGS.has(tag);
};

export { nlp };
