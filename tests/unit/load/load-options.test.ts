// Options of `npm run db:generate-load`: defaults, both flag spellings, the database from the
// environment, and clear messages for what is wrong.
import { DEFAULT_LOAD_PASSWORD, parseLoadOptions } from "@/tools/load/load-options.ts";

test("defaults: 2 years of 200,000 applications on 2 connections, no database", () => {
  expect(parseLoadOptions([], {})).toEqual({
    years: 2,
    perYear: 200_000,
    scale: 1,
    casesPerYear: 200_000,
    databaseUrl: undefined,
    force: false,
    password: DEFAULT_LOAD_PASSWORD,
    seed: 1,
    workers: 2,
  });
});

test.each([
  [["--years", "10"], { years: 10, casesPerYear: 200_000 }],
  [["--years=0.5", "--per-year=20000"], { years: 0.5, perYear: 20_000, casesPerYear: 20_000 }],
  [["--per-year", "200000", "--scale", "0.05"], { casesPerYear: 10_000 }],
  [["--force", "--workers", "1", "--seed", "7"], { force: true, workers: 1, seed: 7 }],
  [["--database-url", "postgresql://db/bench"], { databaseUrl: "postgresql://db/bench" }],
])("%j", (argv, expected) => {
  expect(parseLoadOptions(argv, {})).toMatchObject(expected);
});

test("the database comes from DATABASE_URL unless given", () => {
  expect(parseLoadOptions([], { DATABASE_URL: "postgresql://env/bench" }).databaseUrl).toBe("postgresql://env/bench");
  expect(
    parseLoadOptions(["--database-url", "postgres://flag/bench"], { DATABASE_URL: "postgresql://env/bench" })
      .databaseUrl,
  ).toBe("postgres://flag/bench");
});

test.each([
  [["--yers", "2"], /Unknown option --yers/],
  [["--years"], /--years needs a value/],
  [["--years", "0"], /--years must be more than 0/],
  [["--per-year", "1.5"], /--per-year must be a whole number/],
  [["--database-url", "mysql://x/y"], /postgresql:\/\/ URL/],
  [["--workers", "0"], /--workers must be at least 1/],
  [["--password", "short"], /at least 8 characters/],
])("%j is refused", (argv, message) => {
  expect(() => parseLoadOptions(argv, {})).toThrow(message);
});
