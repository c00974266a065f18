-- A counter of changes to what the public search shows: every statement that writes the
-- published decisions or their facet values adds one, in its own transaction, so a reader
-- sees the counter move exactly when it sees the change. The app keeps the public search's
-- answers while the counter stays the same (lib/publication/search-cache.ts).
CREATE TABLE "PublishedChange" (
    "id" SMALLINT NOT NULL DEFAULT 1,
    "counter" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "PublishedChange_pkey" PRIMARY KEY ("id")
);

INSERT INTO "PublishedChange" ("id", "counter") VALUES (1, 0);

CREATE FUNCTION "published_change_count"() RETURNS trigger AS $$
BEGIN
  UPDATE "PublishedChange" SET "counter" = "counter" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "PublishedDecision_counted" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PublishedDecision"
  FOR EACH STATEMENT EXECUTE FUNCTION "published_change_count"();
CREATE TRIGGER "PublishedFacetValue_counted" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PublishedFacetValue"
  FOR EACH STATEMENT EXECUTE FUNCTION "published_change_count"();
