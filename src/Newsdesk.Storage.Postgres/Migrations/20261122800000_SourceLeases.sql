-- Worker claims on sources (SourceLeases): who checks a source now, and until when.
ALTER TABLE sources ADD "LeaseOwner" character varying(200);
ALTER TABLE sources ADD "LeaseUntil" timestamp with time zone;
