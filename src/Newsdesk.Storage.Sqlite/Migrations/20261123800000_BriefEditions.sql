-- The published brief as its readers got it (the rendered view as JSON); null for drafts.
ALTER TABLE "briefs" ADD "Edition" TEXT NULL;
