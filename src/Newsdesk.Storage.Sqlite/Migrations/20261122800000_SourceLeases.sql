-- Worker claims on sources (SourceLeases): who checks a source now, and until when.
ALTER TABLE "sources" ADD "LeaseOwner" TEXT NULL;
ALTER TABLE "sources" ADD "LeaseUntil" INTEGER NULL;
