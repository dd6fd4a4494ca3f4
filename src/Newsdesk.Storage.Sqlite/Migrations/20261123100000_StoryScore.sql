-- The clusterer's log-odds when an article joined its story: the story page asks editors to check weak joins.
ALTER TABLE "articles" ADD COLUMN "StoryScore" REAL NULL;
