CREATE TABLE "briefs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_briefs" PRIMARY KEY AUTOINCREMENT,
    "Date" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Intro" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "Slug" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "PublishedAt" INTEGER NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "sources" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_sources" PRIMARY KEY AUTOINCREMENT,
    "Kind" INTEGER NOT NULL,
    "Url" TEXT NULL,
    "SiteUrl" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Outlet" TEXT NULL,
    "Category" TEXT NULL,
    "Tags" TEXT NOT NULL,
    "ETag" TEXT NULL,
    "LastModified" TEXT NULL,
    "LastCheckedAt" INTEGER NULL,
    "LastSuccessAt" INTEGER NULL,
    "NextCheckAt" INTEGER NULL,
    "ErrorCount" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "Disabled" INTEGER NOT NULL,
    "DisabledReason" TEXT NULL,
    "CheckIntervalMinutes" INTEGER NULL,
    "KeepSelectors" TEXT NULL,
    "RemoveSelectors" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL
);


CREATE TABLE "stories" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_stories" PRIMARY KEY AUTOINCREMENT,
    "Headline" TEXT NOT NULL,
    "Keywords" TEXT NOT NULL,
    "FirstSeenAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "ArticleCount" INTEGER NOT NULL,
    "MergedIntoId" INTEGER NULL
);


CREATE TABLE "articles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_articles" PRIMARY KEY AUTOINCREMENT,
    "SourceId" INTEGER NULL,
    "Url" TEXT NULL,
    "CanonicalUrl" TEXT NULL,
    "FeedGuid" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Byline" TEXT NULL,
    "Outlet" TEXT NULL,
    "PublishedAt" INTEGER NULL,
    "ModifiedAt" INTEGER NULL,
    "RetrievedAt" INTEGER NOT NULL,
    "Language" TEXT NULL,
    "Section" TEXT NULL,
    "LeadImageUrl" TEXT NULL,
    "BodyJson" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "WordCount" INTEGER NOT NULL,
    "Commentary" TEXT NULL,
    "ExtraLinks" TEXT NOT NULL,
    "Origin" TEXT NULL,
    "StoryId" INTEGER NULL,
    "CopyOfId" INTEGER NULL,
    "CopyKind" INTEGER NOT NULL,
    "VerbatimShare" REAL NULL,
    "ReadAt" INTEGER NULL,
    CONSTRAINT "FK_articles_articles_CopyOfId" FOREIGN KEY ("CopyOfId") REFERENCES "articles" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_articles_sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "sources" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_articles_stories_StoryId" FOREIGN KEY ("StoryId") REFERENCES "stories" ("Id") ON DELETE SET NULL
);


CREATE TABLE "brief_items" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_brief_items" PRIMARY KEY AUTOINCREMENT,
    "BriefId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "ArticleId" INTEGER NULL,
    "StoryId" INTEGER NULL,
    "Headline" TEXT NULL,
    "Commentary" TEXT NULL,
    "ExcerptMode" INTEGER NOT NULL,
    CONSTRAINT "FK_brief_items_articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "articles" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_brief_items_briefs_BriefId" FOREIGN KEY ("BriefId") REFERENCES "briefs" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_brief_items_stories_StoryId" FOREIGN KEY ("StoryId") REFERENCES "stories" ("Id") ON DELETE SET NULL
);


CREATE TABLE "quotes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_quotes" PRIMARY KEY AUTOINCREMENT,
    "Kind" INTEGER NOT NULL,
    "ArticleId" INTEGER NULL,
    "Text" TEXT NOT NULL,
    "Speaker" TEXT NULL,
    "SpeakerRole" TEXT NULL,
    "Outlet" TEXT NULL,
    "Verified" INTEGER NOT NULL,
    "TextHash" TEXT NOT NULL,
    "Origin" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_quotes_articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "articles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "brief_quotes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_brief_quotes" PRIMARY KEY AUTOINCREMENT,
    "BriefId" INTEGER NOT NULL,
    "QuoteId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_brief_quotes_briefs_BriefId" FOREIGN KEY ("BriefId") REFERENCES "briefs" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_brief_quotes_quotes_QuoteId" FOREIGN KEY ("QuoteId") REFERENCES "quotes" ("Id") ON DELETE CASCADE
);


CREATE UNIQUE INDEX "IX_articles_CanonicalUrl" ON "articles" ("CanonicalUrl");


CREATE INDEX "IX_articles_ContentHash" ON "articles" ("ContentHash");


CREATE INDEX "IX_articles_CopyOfId" ON "articles" ("CopyOfId");


CREATE INDEX "IX_articles_PublishedAt" ON "articles" ("PublishedAt");


CREATE INDEX "IX_articles_RetrievedAt" ON "articles" ("RetrievedAt");


CREATE UNIQUE INDEX "IX_articles_SourceId_FeedGuid" ON "articles" ("SourceId", "FeedGuid");


CREATE INDEX "IX_articles_StoryId" ON "articles" ("StoryId");


CREATE INDEX "IX_brief_items_ArticleId" ON "brief_items" ("ArticleId");


CREATE INDEX "IX_brief_items_BriefId_Position" ON "brief_items" ("BriefId", "Position");


CREATE INDEX "IX_brief_items_StoryId" ON "brief_items" ("StoryId");


CREATE INDEX "IX_brief_quotes_BriefId_Position" ON "brief_quotes" ("BriefId", "Position");


CREATE INDEX "IX_brief_quotes_QuoteId" ON "brief_quotes" ("QuoteId");


CREATE INDEX "IX_briefs_Date" ON "briefs" ("Date");


CREATE UNIQUE INDEX "IX_briefs_Slug" ON "briefs" ("Slug");


CREATE INDEX "IX_quotes_ArticleId" ON "quotes" ("ArticleId");


CREATE INDEX "IX_quotes_TextHash" ON "quotes" ("TextHash");


CREATE INDEX "IX_sources_NextCheckAt" ON "sources" ("NextCheckAt");


CREATE UNIQUE INDEX "IX_sources_Url" ON "sources" ("Url");


CREATE INDEX "IX_stories_FirstSeenAt" ON "stories" ("FirstSeenAt");


CREATE INDEX "IX_stories_UpdatedAt" ON "stories" ("UpdatedAt");



