-- What each story edit did, to what, and who did it: the story's history on its page. Earlier rows keep kind 0 (edited).
ALTER TABLE "story_edits" ADD "Kind" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "story_edits" ADD "ArticleId" INTEGER NULL;
ALTER TABLE "story_edits" ADD "Articles" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "story_edits" ADD "OtherStoryId" INTEGER NULL;
ALTER TABLE "story_edits" ADD "By" TEXT NULL;
ALTER TABLE "story_edits" ADD "CauseArticleId" INTEGER NULL;
CREATE INDEX "IX_story_edits_StoryId" ON "story_edits" ("StoryId");
