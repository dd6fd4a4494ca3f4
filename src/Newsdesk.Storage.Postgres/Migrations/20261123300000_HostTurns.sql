-- Turns per host among processes sharing the store: one polite fetcher per host however many workers.
CREATE TABLE host_turns (
    "Host" character varying(255) NOT NULL,
    "Holder" character varying(200) NOT NULL,
    "PreviousHolder" character varying(200),
    "HeldUntil" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_host_turns" PRIMARY KEY ("Host")
);
