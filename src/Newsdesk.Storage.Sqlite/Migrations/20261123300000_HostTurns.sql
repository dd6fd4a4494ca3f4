-- Turns per host among processes sharing the store: one polite fetcher per host however many workers.
CREATE TABLE "host_turns" (
    "Host" TEXT NOT NULL CONSTRAINT "PK_host_turns" PRIMARY KEY,
    "Holder" TEXT NOT NULL,
    "PreviousHolder" TEXT NULL,
    "HeldUntil" INTEGER NOT NULL
);
