// The random tokens of the online application: a draft's (kept in the filer's browser and in
// the e-mailed link) and a receipt's. 256 random bits each; only their SHA-256 is stored, so
// the database alone cannot open a draft or a receipt.
import crypto from "node:crypto";

export const newToken = () => crypto.randomBytes(32).toString("base64url");

export const tokenHash = (token: string) => crypto.createHash("sha256").update(token, "utf8").digest("hex");

/** The shape of a token as issued (43 base64url characters); anything else is never looked up. */
export const isTokenShaped = (value: unknown): value is string =>
  typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);

/** The filing number as filers and intake read it: "OF-0000123". */
export const filingNumber = (number: number) => `OF-${String(number).padStart(7, "0")}`;
