-- Report (0), analysis (1) or opinion (2), from what the publisher prints about an article.
ALTER TABLE "articles" ADD "Genre" INTEGER NOT NULL DEFAULT 0;
-- Stored articles: by section, then by a folder of the address (the rules of ArticleGenres, without titles and schema types).
UPDATE "articles" SET "Genre" = 2 WHERE lower(trim("Section")) IN ('opinion', 'opinions', 'editorial', 'editorials', 'op-ed', 'op-eds', 'oped', 'column', 'columns', 'columnists', 'commentary', 'comment', 'letters', 'letter', 'letters to the editor', 'viewpoint', 'viewpoints', 'perspective', 'perspectives', 'voices');
UPDATE "articles" SET "Genre" = 1 WHERE "Genre" = 0 AND lower(trim("Section")) IN ('analysis', 'news analysis', 'explainer', 'explainers', 'in depth', 'in-depth');
UPDATE "articles" SET "Genre" = 2 WHERE "Genre" = 0 AND "Section" IS NULL AND (lower("Url") LIKE '%/opinion/%' OR lower("Url") LIKE '%/opinions/%' OR lower("Url") LIKE '%/editorial/%' OR lower("Url") LIKE '%/editorials/%' OR lower("Url") LIKE '%/op-ed/%' OR lower("Url") LIKE '%/column/%' OR lower("Url") LIKE '%/columns/%' OR lower("Url") LIKE '%/commentary/%' OR lower("Url") LIKE '%/commentisfree/%');
UPDATE "articles" SET "Genre" = 1 WHERE "Genre" = 0 AND "Section" IS NULL AND (lower("Url") LIKE '%/analysis/%' OR lower("Url") LIKE '%/explainer/%' OR lower("Url") LIKE '%/explainers/%');
