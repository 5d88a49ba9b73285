import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedBeforeLock, lockSecondsAfter } from "../src/domain/lockout.js";
import type { RunningService } from "../src/index.js";
import { clearFailures, reserveAttempt } from "../src/sign-in-throttle.js";
import { bootOrganizations } from "./boot.js";

let service: RunningService;

beforeAll(async () => {
  ({ service } = await bootOrganizations());
});
afterAll(async () => {
  await service?.close();
});

/** The lock the last reservation set, in seconds (lockedUntil − lastAttemptAt, both the statement's now()). */
async function lockSet(email: string): Promise<number> {
  const row = await service.prisma.signInThrottle.findUniqueOrThrow({ where: { email } });
  return row.lockedUntil ? (row.lockedUntil.getTime() - row.lastAttemptAt.getTime()) / 1000 : 0;
}

describe("sign-in throttle (the database side of domain/lockout.ts)", () => {
  it("sets in SQL the same lock as lockSecondsAfter, attempt after attempt", async () => {
    const email = "schedule@example.org";
    const seen: number[] = [];
    for (let failures = 1; failures <= 14; failures++) {
      const attempt = await reserveAttempt(service.prisma, email);
      expect(attempt).toEqual({ granted: true, failures, lockSeconds: lockSecondsAfter(failures) });
      seen.push(await lockSet(email));
      // Let the lock pass, as time would.
      await service.prisma.signInThrottle.update({ where: { email }, data: { lockedUntil: new Date(Date.now() - 1) } });
    }
    expect(seen).toEqual(Array.from({ length: 14 }, (_, i) => lockSecondsAfter(i + 1)));
  });

  it("refuses while locked, without counting, and tells how long to wait", async () => {
    const email = "locked@example.org";
    for (let i = 0; i < checkedBeforeLock; i++)
      expect((await reserveAttempt(service.prisma, email)).granted).toBe(true);
    const refused = await reserveAttempt(service.prisma, email);
    expect(refused).toEqual({ granted: false, retryAfterSeconds: 60 });
    expect((await service.prisma.signInThrottle.findUniqueOrThrow({ where: { email } })).failures).toBe(
      checkedBeforeLock,
    );
  });

  it("starts the count again after 24 hours without an attempt, and after a right password", async () => {
    const email = "forgotten@example.org";
    for (let i = 0; i < 3; i++) await reserveAttempt(service.prisma, email);
    await service.prisma.signInThrottle.update({
      where: { email },
      data: { lastAttemptAt: new Date(Date.now() - 25 * 3_600_000) },
    });
    expect(await reserveAttempt(service.prisma, email)).toMatchObject({ granted: true, failures: 1 });
    await clearFailures(service.prisma, email);
    expect(await reserveAttempt(service.prisma, email)).toMatchObject({ granted: true, failures: 1 });
  });

  it("clears, with a right password, rows not tried for 24 hours, but no lock still running", async () => {
    const stale = new Date(Date.now() - 25 * 3_600_000);
    await service.prisma.signInThrottle.createMany({
      data: [
        { email: "made-up-1@example.org", failures: 3, lastAttemptAt: stale },
        {
          email: "made-up-2@example.org",
          failures: 20,
          lastAttemptAt: stale,
          lockedUntil: new Date(Date.now() + 60_000),
        },
        { email: "recent@example.org", failures: 2, lastAttemptAt: new Date() },
      ],
    });
    await clearFailures(service.prisma, "someone@example.org");
    const left = await service.prisma.signInThrottle.findMany({
      where: { email: { in: ["made-up-1@example.org", "made-up-2@example.org", "recent@example.org"] } },
      select: { email: true },
      orderBy: { email: "asc" },
    });
    expect(left.map((row) => row.email)).toEqual(["made-up-2@example.org", "recent@example.org"]);
  });
});
