-- Stories an editor changed (merge, move): other processes rebuild them in their live clusterer.
CREATE TABLE "story_edits" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_story_edits" PRIMARY KEY AUTOINCREMENT,
    "StoryId" INTEGER NOT NULL,
    "At" INTEGER NOT NULL
);
