-- Full-text search over articles (outside the EF model): an external-content FTS5 table kept in
-- step with "articles" by triggers, so every write path (ingest, import, edits) is indexed.
-- "Outlet" is indexed too so an outlet filter narrows inside the index instead of row by row.
CREATE VIRTUAL TABLE "articles_fts" USING fts5(
    "Title", "Text", "Byline", "Outlet",
    content='articles', content_rowid='Id',
    tokenize='porter unicode61 remove_diacritics 2'
);

INSERT INTO "articles_fts" (rowid, "Title", "Text", "Byline", "Outlet")
SELECT "Id", "Title", "Text", "Byline", "Outlet" FROM "articles";

CREATE TRIGGER "articles_fts_insert" AFTER INSERT ON "articles" BEGIN
    INSERT INTO "articles_fts" (rowid, "Title", "Text", "Byline", "Outlet") VALUES (new."Id", new."Title", new."Text", new."Byline", new."Outlet");
END;

CREATE TRIGGER "articles_fts_delete" AFTER DELETE ON "articles" BEGIN
    INSERT INTO "articles_fts" ("articles_fts", rowid, "Title", "Text", "Byline", "Outlet") VALUES ('delete', old."Id", old."Title", old."Text", old."Byline", old."Outlet");
END;

CREATE TRIGGER "articles_fts_update" AFTER UPDATE OF "Title", "Text", "Byline", "Outlet" ON "articles" BEGIN
    INSERT INTO "articles_fts" ("articles_fts", rowid, "Title", "Text", "Byline", "Outlet") VALUES ('delete', old."Id", old."Title", old."Text", old."Byline", old."Outlet");
    INSERT INTO "articles_fts" (rowid, "Title", "Text", "Byline", "Outlet") VALUES (new."Id", new."Title", new."Text", new."Byline", new."Outlet");
END;
