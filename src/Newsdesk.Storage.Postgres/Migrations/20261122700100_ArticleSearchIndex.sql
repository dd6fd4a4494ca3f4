-- Full-text search over articles (outside the EF model): a side table holding each article's
-- weighted tsvector (title A, text B, byline C) with a GIN index, kept in step by a trigger so
-- every write path is indexed. A side table rather than a column keeps "articles" as the model says.
CREATE TABLE article_search (
    "ArticleId" bigint NOT NULL,
    "Vector" tsvector NOT NULL,
    CONSTRAINT "PK_article_search" PRIMARY KEY ("ArticleId"),
    CONSTRAINT "FK_article_search_articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES articles ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_article_search_Vector" ON article_search USING GIN ("Vector");

CREATE FUNCTION article_search_vector(title text, body text, byline text) RETURNS tsvector
LANGUAGE sql IMMUTABLE AS $$
    SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'B')
        || setweight(to_tsvector('english'::regconfig, coalesce(byline, '')), 'C')
$$;

CREATE FUNCTION article_search_refresh() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_search ("ArticleId", "Vector")
    VALUES (NEW."Id", article_search_vector(NEW."Title", NEW."Text", NEW."Byline"))
    ON CONFLICT ("ArticleId") DO UPDATE SET "Vector" = EXCLUDED."Vector";
    RETURN NEW;
END
$$;

CREATE TRIGGER article_search_refresh AFTER INSERT OR UPDATE OF "Title", "Text", "Byline" ON articles
FOR EACH ROW EXECUTE FUNCTION article_search_refresh();

INSERT INTO article_search ("ArticleId", "Vector")
SELECT "Id", article_search_vector("Title", "Text", "Byline") FROM articles;
