-- The text of every page of a case document, for searching the case file and for reading
-- pages that have no text layer (lib/reader/). Each uploaded document gets an
-- extract-document-text job; letters and notices the portal generates keep their model
-- (renditionModel) as their text and are NOT_APPLICABLE.

-- CreateEnum
CREATE TYPE "TextStatus" AS ENUM ('PENDING', 'RUNNING', 'DONE', 'FAILED', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "PageTextSource" AS ENUM ('TEXT_LAYER', 'OCR', 'NONE');

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "ocrPagesDone" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "textError" TEXT,
ADD COLUMN     "textPagesDone" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "textStatus" "TextStatus" NOT NULL DEFAULT 'PENDING';

-- CreateTable
CREATE TABLE "DocumentPage" (
    "documentId" UUID NOT NULL,
    "pageNumber" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "source" "PageTextSource" NOT NULL,
    "ocrConfidence" DOUBLE PRECISION,
    "extractedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentPage_pkey" PRIMARY KEY ("documentId","pageNumber")
);

-- AddForeignKey
ALTER TABLE "DocumentPage" ADD CONSTRAINT "DocumentPage_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Accents folded letter for letter (translate keeps the text's length, so a snippet found in
-- the folded text is the same stretch of the original: lib/reader/fold-accents.ts does the
-- same in TypeScript): "Hernández" is found by "hernandez" and by "HERNÁNDEZ". A SQL-standard
-- body: parsed once, works whatever the search_path, inlined.
CREATE FUNCTION imr_fold_accents(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN translate(value,
  'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹøØłŁđĐðÐıħĦ',
  'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYyoOlLdDdDihH');

-- Each page's search vector, stored (not expressible in schema.prisma;
-- tests/integration/migrations.test.ts knows this column and its index).
ALTER TABLE "DocumentPage" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english'::regconfig, imr_fold_accents("text"))) STORED;
CREATE INDEX "DocumentPage_search_idx" ON "DocumentPage" USING GIN ("searchVector");

-- Documents stored before this migration: generated letters and notices are not read; every
-- upload gets its job (the same dedupe key the upload uses).
UPDATE "Document" SET "textStatus" = 'NOT_APPLICABLE' WHERE "storageKey" LIKE 'db:%';
INSERT INTO "Job" ("id", "kind", "payload", "dedupeKey")
SELECT gen_random_uuid(), 'extract-document-text', jsonb_build_object('documentId', "id"::text, 'fromPage', 1),
       'extract-text:' || "id"::text || ':1'
  FROM "Document" WHERE "storageKey" NOT LIKE 'db:%';
