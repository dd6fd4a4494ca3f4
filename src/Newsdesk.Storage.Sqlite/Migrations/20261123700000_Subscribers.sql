-- Readers of the emailed brief, and each brief's delivery to each of them (sent, or failed with the
-- server's reply), so sending a brief again reaches only those it has not reached.
CREATE TABLE "subscribers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_subscribers" PRIMARY KEY AUTOINCREMENT,
    "Email" TEXT NOT NULL,
    "NormalizedEmail" TEXT NOT NULL,
    "Name" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "UnsubscribeToken" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UnsubscribedAt" INTEGER NULL
);

CREATE TABLE "deliveries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_deliveries" PRIMARY KEY AUTOINCREMENT,
    "BriefId" INTEGER NOT NULL,
    "SubscriberId" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "LastAttemptAt" INTEGER NOT NULL,
    "MessageId" TEXT NULL,
    CONSTRAINT "FK_deliveries_briefs_BriefId" FOREIGN KEY ("BriefId") REFERENCES "briefs" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_deliveries_subscribers_SubscriberId" FOREIGN KEY ("SubscriberId") REFERENCES "subscribers" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_subscribers_NormalizedEmail" ON "subscribers" ("NormalizedEmail");

CREATE UNIQUE INDEX "IX_subscribers_UnsubscribeToken" ON "subscribers" ("UnsubscribeToken");

CREATE INDEX "IX_deliveries_SubscriberId" ON "deliveries" ("SubscriberId");

CREATE UNIQUE INDEX "IX_deliveries_BriefId_SubscriberId" ON "deliveries" ("BriefId", "SubscriberId");
