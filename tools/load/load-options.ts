// Command-line options of `npm run db:generate-load`, parsed and checked (pure).
//   --years N          years of history ending now (default 2; fractions allowed)
//   --per-year N       applications a year (default 200000, the DWC's volume)
//   --scale F          multiplies --per-year, for quick runs (e.g. 0.05)
//   --database-url U   the benchmark database (or DATABASE_URL); never the embedded one
//   --force            also when the database holds cases the generator did not make
//   --password P       password of the generated staff and reviewers (default below)
//   --seed N           seed of the random draws (default 1)
//   --workers N        months generated at once, one connection each (default 2)
import { z } from "zod";

export const DEFAULT_LOAD_PASSWORD = "imr-bench-2026";

const optionsSchema = z.object({
  years: z.coerce.number().positive("--years must be more than 0").max(30, "--years is at most 30").default(2),
  perYear: z.coerce
    .number()
    .int("--per-year must be a whole number")
    .positive("--per-year must be more than 0")
    .max(5_000_000)
    .default(200_000),
  scale: z.coerce.number().positive("--scale must be more than 0").max(10).default(1),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "--database-url must be a postgresql:// URL")
    .optional(),
  force: z.boolean().default(false),
  password: z.string().min(8, "--password needs at least 8 characters").default(DEFAULT_LOAD_PASSWORD),
  seed: z.coerce.number().int().default(1),
  workers: z.coerce
    .number()
    .int("--workers must be a whole number")
    .min(1, "--workers must be at least 1")
    .max(16, "--workers is at most 16")
    .default(2),
});

export type LoadOptions = z.infer<typeof optionsSchema> & { casesPerYear: number };

const FLAGS: Record<string, keyof z.infer<typeof optionsSchema>> = {
  "--years": "years",
  "--per-year": "perYear",
  "--scale": "scale",
  "--database-url": "databaseUrl",
  "--password": "password",
  "--seed": "seed",
  "--workers": "workers",
};

/** Throws an Error with a message for the user on an unknown flag or a bad value. */
export function parseLoadOptions(argv: string[], env: Record<string, string | undefined> = process.env): LoadOptions {
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag === "--force") {
      raw.force = true;
      continue;
    }
    const key = FLAGS[flag];
    if (!key) throw new Error(`Unknown option ${flag}. Options: ${[...Object.keys(FLAGS), "--force"].join(", ")}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    raw[key] = value;
  }
  raw.databaseUrl ??= env.DATABASE_URL?.trim() || undefined;
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("; "));
  const casesPerYear = Math.max(1, Math.round(parsed.data.perYear * parsed.data.scale));
  return { ...parsed.data, casesPerYear };
}
