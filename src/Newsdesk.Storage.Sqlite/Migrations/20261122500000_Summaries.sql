-- Stored summaries (per article, per story) and their lines, each citing its source sentence.

CREATE TABLE "summaries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_summaries" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NULL,
    "StoryId" INTEGER NULL,
    "Method" INTEGER NOT NULL,
    "Model" TEXT NULL,
    "SourceHash" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_summaries_articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "articles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_summaries_stories_StoryId" FOREIGN KEY ("StoryId") REFERENCES "stories" ("Id") ON DELETE CASCADE
);

CREATE TABLE "summary_lines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_summary_lines" PRIMARY KEY AUTOINCREMENT,
    "SummaryId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "ArticleId" INTEGER NOT NULL,
    "SentenceIndex" INTEGER NOT NULL,
    "Start" INTEGER NOT NULL,
    "Length" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Supported" INTEGER NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_summary_lines_articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "articles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_summary_lines_summaries_SummaryId" FOREIGN KEY ("SummaryId") REFERENCES "summaries" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_summaries_ArticleId_Method" ON "summaries" ("ArticleId", "Method");

CREATE UNIQUE INDEX "IX_summaries_StoryId_Method" ON "summaries" ("StoryId", "Method");

CREATE INDEX "IX_summary_lines_ArticleId" ON "summary_lines" ("ArticleId");

CREATE UNIQUE INDEX "IX_summary_lines_SummaryId_Position" ON "summary_lines" ("SummaryId", "Position");
