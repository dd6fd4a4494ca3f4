-- Full-text search over articles (outside the EF model): an external-content FTS5 table kept in
-- step with "articles" by triggers, so every write path (ingest, import, edits) is indexed.
CREATE VIRTUAL TABLE "articles_fts" USING fts5(
    "Title", "Text", "Byline",
    content='articles', content_rowid='Id',
    tokenize='porter unicode61 remove_diacritics 2'
);

INSERT INTO "articles_fts" (rowid, "Title", "Text", "Byline")
SELECT "Id", "Title", "Text", "Byline" FROM "articles";

CREATE TRIGGER "articles_fts_insert" AFTER INSERT ON "articles" BEGIN
    INSERT INTO "articles_fts" (rowid, "Title", "Text", "Byline") VALUES (new."Id", new."Title", new."Text", new."Byline");
END;

CREATE TRIGGER "articles_fts_delete" AFTER DELETE ON "articles" BEGIN
    INSERT INTO "articles_fts" ("articles_fts", rowid, "Title", "Text", "Byline") VALUES ('delete', old."Id", old."Title", old."Text", old."Byline");
END;

CREATE TRIGGER "articles_fts_update" AFTER UPDATE OF "Title", "Text", "Byline" ON "articles" BEGIN
    INSERT INTO "articles_fts" ("articles_fts", rowid, "Title", "Text", "Byline") VALUES ('delete', old."Id", old."Title", old."Text", old."Byline");
    INSERT INTO "articles_fts" (rowid, "Title", "Text", "Byline") VALUES (new."Id", new."Title", new."Text", new."Byline");
END;
