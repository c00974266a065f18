// Word pools inlined in the generator's SQL as constant arrays: PostgreSQL folds a constant
// ARRAY[...] once per statement, where an array read from a table row would be de-toasted
// again for every generated row (which made the party insert ten times slower).

/** An SQL string constant (newlines kept as they are). */
export const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

export const textArray = (list: readonly string[]) => `(ARRAY[${list.map(literal).join(", ")}]::text[])`;

/** A random element of `list`, drawn anew for every row. */
export const pick = (list: readonly string[]) => `${textArray(list)}[1 + floor(random() * ${list.length})::int]`;

/** The element of `list` chosen by `random`, an SQL expression in [0, 1) (a stored draw, so it can be reused). */
export const at = (list: readonly string[], random: string) =>
  `${textArray(list)}[1 + floor(${random} * ${list.length})::int]`;
