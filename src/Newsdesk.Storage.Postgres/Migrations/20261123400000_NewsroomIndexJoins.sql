-- The inbox also reads each article's join score (joins to check) and genre (opinion-only stories):
-- the covering index holds them too, so the inbox still never reads the rows (their bodies come first).
DROP INDEX "IX_articles_Newsroom";
CREATE INDEX "IX_articles_Newsroom" ON articles ("StoryId", "ReadAt", "SourceId", "CopyOfId", "PublishedAt", "RetrievedAt", "Outlet", "StoryScore", "Genre");
