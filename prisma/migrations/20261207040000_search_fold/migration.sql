-- Search that finds what people type: accents, case and punctuation ignored, in the case
-- lists (case number, claim number, employee, claims administrator), the users and reviewers
-- lists (name, e-mail) and the organization directory (name and other names).
--
-- The folding is done by the database, in generated columns, so every writer (the app, the
-- load generator, a backfill, a later edit of a claim number) keeps them right without
-- knowing of them. lib/format/search-fold.ts folds the typed query with the same rules;
-- tests/integration/search-fold-sql.test.ts compares the two on PostgreSQL and PGlite.
-- Both functions have SQL-standard bodies: parsed once, with their references fixed, so they
-- work whatever the search_path (pg_restore runs with an empty one) and are inlined.

-- A name or number folded: compatibility decomposition, combining accents removed, ß æ œ þ
-- spelled out, ø ł đ ð ı ħ as plain letters and final sigma as sigma, lower case, apostrophes
-- dropped, and any run of other characters that are not letters or digits one space.
CREATE FUNCTION imr_search_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN btrim(regexp_replace(
  translate(
    lower(
      replace(replace(replace(replace(replace(replace(replace(replace(
        regexp_replace(normalize(value, NFKD), '[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]+', '', 'g'),
        'ß', 'ss'), 'ẞ', 'ss'), 'æ', 'ae'), 'Æ', 'ae'), 'œ', 'oe'), 'Œ', 'oe'), 'þ', 'th'), 'Þ', 'th')),
    'øłđðıħς''’‘ʼ`', 'olddihσ'),
  '[^[:alnum:]]+', ' ', 'g'));

-- The stored search text of several parts: each part folded, followed by its words joined up
-- when it has several ("wcf 77120 b wcf77120b"), one space apart; '' when all are empty.
CREATE FUNCTION imr_search_text(VARIADIC parts text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN coalesce((
  SELECT string_agg(CASE WHEN strpos(folded, ' ') > 0 THEN folded || ' ' || replace(folded, ' ', '') ELSE folded END, ' ' ORDER BY n)
    FROM unnest(parts) WITH ORDINALITY AS part(value, n)
    CROSS JOIN LATERAL (SELECT imr_search_fold(coalesce(part.value, ''))) AS f(folded)
   WHERE folded <> ''), '');

-- Cases: the employee's and the claims administrator's names as the parties have them (set
-- when the case is created, kept by lib/cases/case-list-names.ts), shown in the lists; their
-- folded forms to sort by; and the search text.
ALTER TABLE "Case" ADD COLUMN "employeeName" TEXT NOT NULL DEFAULT '',
                   ADD COLUMN "claimsAdministratorName" TEXT NOT NULL DEFAULT '';
UPDATE "Case" c
   SET "employeeName" = coalesce((SELECT p."name" FROM "Party" p WHERE p."caseId" = c."id" AND p."role" = 'EMPLOYEE'), ''),
       "claimsAdministratorName" = coalesce((SELECT p."name" FROM "Party" p WHERE p."caseId" = c."id" AND p."role" = 'CLAIMS_ADMINISTRATOR'), '');
ALTER TABLE "Case" ALTER COLUMN "employeeName" DROP DEFAULT,
                   ALTER COLUMN "claimsAdministratorName" DROP DEFAULT,
                   ADD COLUMN "employeeSortKey" TEXT GENERATED ALWAYS AS (imr_search_fold("employeeName")) STORED,
                   ADD COLUMN "claimsAdminSortKey" TEXT GENERATED ALWAYS AS (imr_search_fold("claimsAdministratorName")) STORED,
                   ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (imr_search_text("caseNumber", "claimNumber", "employeeName", "claimsAdministratorName")) STORED;

CREATE INDEX "Case_employeeSortKey_caseNumber_idx" ON "Case"("employeeSortKey", "caseNumber");
CREATE INDEX "Case_claimsAdminSortKey_caseNumber_idx" ON "Case"("claimsAdminSortKey", "caseNumber");

-- Staff accounts by name or e-mail; the directory by name or any other name.
ALTER TABLE "User" ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (imr_search_text("name", "email")) STORED;
ALTER TABLE "Organization" ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (imr_search_text(VARIADIC array_prepend("name", "aliases"))) STORED;

-- A search looks for words anywhere in the case's text (LIKE '%word%'). Where the server
-- offers pg_trgm (PostgreSQL's contrib package), a trigram index finds them without reading
-- every case; the embedded database (PGlite) has no such extension loaded and reads the
-- table, which at its sizes is quick. Without the right to create the extension, or with
-- pg_trgm installed in a schema off the search_path, the migration goes on without the index.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX "Case_searchText_trgm_idx" ON "Case" USING GIN ("searchText" gin_trgm_ops);
  END IF;
EXCEPTION WHEN insufficient_privilege OR undefined_object THEN
  RAISE NOTICE 'Case search without a trigram index: %', SQLERRM;
END $$;
