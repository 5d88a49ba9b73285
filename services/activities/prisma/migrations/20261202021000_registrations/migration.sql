-- 报名 (issue 9 §5): registrations for sessions, with a waitlist in sequence order.
CREATE TYPE "RegistrationStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'CANCELLED');

CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "status" "RegistrationStatus" NOT NULL,
    "queueNumber" BIGSERIAL NOT NULL,
    "confirmedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Registration_sessionId_userId_key" ON "Registration"("sessionId", "userId");
CREATE INDEX "Registration_sessionId_status_queueNumber_idx" ON "Registration"("sessionId", "status", "queueNumber");
CREATE INDEX "Registration_userId_createdAt_idx" ON "Registration"("userId", "createdAt");

ALTER TABLE "Registration" ADD CONSTRAINT "Registration_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ActivitySession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A session that takes registrations has a number of places.
ALTER TABLE "ActivitySession" ADD CONSTRAINT "ActivitySession_capacity_check"
    CHECK ("capacity" IS NULL OR "capacity" >= 1);
ALTER TABLE "ActivitySession" ADD CONSTRAINT "ActivitySession_registration_capacity_check"
    CHECK (NOT "registrationRequired" OR "capacity" IS NOT NULL);
