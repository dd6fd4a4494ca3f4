ALTER TABLE articles ADD "AddedSentences" text NOT NULL DEFAULT '[]';
ALTER TABLE articles ADD "CopyCredit" character varying(256);
