CREATE INDEX "IX_articles_Newsroom" ON articles ("StoryId", "ReadAt", "SourceId", "CopyOfId", "PublishedAt", "RetrievedAt", "Outlet");
