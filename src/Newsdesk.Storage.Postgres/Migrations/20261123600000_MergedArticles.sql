-- The articles each merge moved, so an editor can undo the merge. Merges logged before this have none.
CREATE TABLE story_edit_articles (
    "EditId" bigint NOT NULL,
    "ArticleId" bigint NOT NULL,
    CONSTRAINT "PK_story_edit_articles" PRIMARY KEY ("EditId", "ArticleId")
);
