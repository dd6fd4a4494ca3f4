-- What each story edit did, to what, and who did it: the story's history on its page. Earlier rows keep kind 0 (edited).
ALTER TABLE story_edits ADD "Kind" integer NOT NULL DEFAULT 0;
ALTER TABLE story_edits ADD "ArticleId" bigint NULL;
ALTER TABLE story_edits ADD "Articles" integer NOT NULL DEFAULT 0;
ALTER TABLE story_edits ADD "OtherStoryId" bigint NULL;
ALTER TABLE story_edits ADD "By" character varying(128) NULL;
ALTER TABLE story_edits ADD "CauseArticleId" bigint NULL;
CREATE INDEX "IX_story_edits_StoryId" ON story_edits ("StoryId");
