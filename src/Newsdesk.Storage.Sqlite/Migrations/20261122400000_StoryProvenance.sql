ALTER TABLE "articles" ADD "AddedSentences" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "articles" ADD "CopyCredit" TEXT NULL;
