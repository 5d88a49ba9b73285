/**
 * Back-off after failed sign-ins, per account: the first few mistakes cost nothing; from the fifth
 * in a row the account waits one minute, then two, four … up to an hour, before a password is even
 * checked again. A successful sign-in resets the count. Guessing a password at one try per lock
 * period is hopeless, while a person who mistyped is back in a minute.
 */
export const freeAttempts = 4;
const firstLockSeconds = 60;
const maxLockSeconds = 3600;

/** How long to lock after the `failures`-th consecutive failure (0 = no lock). */
export function lockSecondsAfter(failures: number): number {
  if (failures <= freeAttempts) return 0;
  return Math.min(maxLockSeconds, firstLockSeconds * 2 ** (failures - freeAttempts - 1));
}

/** Seconds still to wait, or 0 when the account may try now. */
export function secondsLocked(lockedUntil: Date | null, now: Date): number {
  if (!lockedUntil) return 0;
  return Math.max(0, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
}
