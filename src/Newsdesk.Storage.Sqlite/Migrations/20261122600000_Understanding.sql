CREATE TABLE "article_entities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_article_entities" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NOT NULL,
    "Key" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "InGlossary" INTEGER NOT NULL,
    "Mentions" INTEGER NOT NULL,
    "FirstOffset" INTEGER NOT NULL,
    CONSTRAINT "FK_article_entities_articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "articles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "article_figures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_article_figures" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Value" REAL NOT NULL,
    "High" REAL NULL,
    "Qualifier" INTEGER NOT NULL,
    "Unit" TEXT NOT NULL,
    "Thing" TEXT NULL,
    "ThingKey" TEXT NULL,
    "Source" TEXT NULL,
    "Expected" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Start" INTEGER NOT NULL,
    "Length" INTEGER NOT NULL,
    "SentenceStart" INTEGER NOT NULL,
    "SentenceLength" INTEGER NOT NULL,
    "Context" TEXT NOT NULL,
    CONSTRAINT "FK_article_figures_articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "articles" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_article_entities_ArticleId_Key" ON "article_entities" ("ArticleId", "Key");

CREATE INDEX "IX_article_entities_Key" ON "article_entities" ("Key");

CREATE INDEX "IX_article_figures_ArticleId" ON "article_figures" ("ArticleId");

CREATE INDEX "IX_article_figures_ThingKey" ON "article_figures" ("ThingKey");
