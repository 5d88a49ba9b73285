import { dayFromSqlDate, shanghaiToday } from "@kepu/time";

/** Campaign windows are calendar days in Asia/Shanghai, stored as SQL `date` (@kepu/time). */

/**
 * The edition the public should see now: the national edition whose window contains today; else
 * the next one to start; else the most recent one.
 */
export function pickCurrentCampaign<C extends { startsOn: Date; endsOn: Date }>(
  campaigns: readonly C[],
  now: Date,
): C | null {
  const today = shanghaiToday(now);
  const running = campaigns.find((c) => dayFromSqlDate(c.startsOn) <= today && today <= dayFromSqlDate(c.endsOn));
  if (running) return running;
  const upcoming = campaigns
    .filter((c) => dayFromSqlDate(c.startsOn) > today)
    .sort((a, b) => +a.startsOn - +b.startsOn);
  if (upcoming[0]) return upcoming[0];
  const past = [...campaigns].sort((a, b) => +b.endsOn - +a.endsOn);
  return past[0] ?? null;
}

/** A regional edition inherits the theme of the edition above it unless it sets its own. */
export function effectiveTheme(chain: readonly { theme: string | null }[]): string {
  for (const campaign of chain) if (campaign.theme) return campaign.theme;
  return "";
}

/**
 * The hashtags every work of an edition carries: those of the editions above first, then its own,
 * each once (`chain` from the edition itself up to the national one).
 */
export function effectiveHashtags(chain: readonly { hashtags: readonly string[] }[]): string[] {
  return [...new Set([...chain].reverse().flatMap((campaign) => campaign.hashtags))];
}
