/**
 * Back-off after failed sign-ins, per normalized e-mail address (registered or not, so the answer
 * never tells whether an account exists): the first four mistakes cost nothing; the fifth in a row
 * locks the address for one minute, the next for two, four … up to an hour, before a password is
 * even checked again. A successful sign-in resets the count; so do 24 hours without an attempt.
 * Guessing a password at one try per lock period is hopeless, while a person who mistyped is back
 * in a minute.
 *
 * Every attempt is counted, and the lock it earns set, atomically in the database before its
 * password is verified (src/sign-in-throttle.ts applies `lockSecondsAfter` in SQL), so of any
 * number of parallel guesses no more than `checkedBeforeLock` reach a password check.
 */
export const freeAttempts = 4;
/** How many attempts in a row are checked before the address is locked (issue 7 §4: 5). */
export const checkedBeforeLock = freeAttempts + 1;
export const firstLockSeconds = 60;
export const maxLockSeconds = 3600;
/** Hours without an attempt after which the count starts again. */
export const forgetFailuresAfterHours = 24;

/** How long to lock after the `failures`-th consecutive attempt without success (0 = no lock). */
export function lockSecondsAfter(failures: number): number {
  if (failures <= freeAttempts) return 0;
  return Math.min(maxLockSeconds, firstLockSeconds * 2 ** Math.min(failures - freeAttempts - 1, 20));
}

/** Seconds still to wait, or 0 when the address may try now. */
export function secondsLocked(lockedUntil: Date | null, now: Date): number {
  if (!lockedUntil) return 0;
  return Math.max(0, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
}

/** The message for a locked address, the same whether an account exists or not. */
export function lockedMessage(retryAfterSeconds: number): string {
  return `登录失败次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`;
}
