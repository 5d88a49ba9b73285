import { normalizedParagraphs } from "@kepu/text";
import { z } from "zod";

/**
 * The statuses of an activity that took place: once it has ended its host reports (or corrects) its
 * results — PUBLISHED ones are finished on the way, FINISHED ones wait for it, REPORTED ones may be
 * corrected. 结果填报 lists these (myActivities(reportable: true)).
 */
export const reportableStatuses = ["PUBLISHED", "FINISHED", "REPORTED"] as const;

/** Photos a report may carry (the 湖南 recommendation form asks 3–5; a report may keep more). */
export const maxResultPhotos = 12;
/** News links a report may carry. */
export const maxNewsLinks = 10;
/** Sessions held: at most this many for one activity (a month of sessions every hour is under it). */
export const maxSessionsHeld = 1000;
/** People served by an activity with a place (offline or both): a stadium-sized crowd at most. */
export const maxPeopleServedOnSite = 1_000_000;
/** People served by an online activity (a livestream's viewers): at most this many. */
export const maxPeopleServedOnline = 100_000_000;

/**
 * A news link as stored: an absolute http(s) URL, normalized by the WHATWG parser (scheme and host
 * lower-cased, default port and dot segments dropped, non-ASCII hosts in punycode), without its
 * fragment (which names a place on the page, not the report), and never with credentials.
 */
export function normalizeNewsLink(value: string): string | null {
  const text = value.normalize("NFKC").trim();
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password || !url.hostname.includes(".")) return null;
  url.hash = "";
  return url.href;
}

const whole = (label: string, min: number, max: number) =>
  z
    .number({ message: `请填写${label}` })
    .int(`${label}须为整数`)
    .min(min, `${label}不能小于${min}`)
    .max(max, `${label}不能超过${max.toLocaleString("en-US")}`);

/**
 * 活动成效 as a unit reports it (issue 9 §6): sessions held (活动场数, 1–1000), people served
 * (服务人数, a whole number ≥ 0), photos (asset ids; media checks them), news links (http(s), at most
 * ten, normalized and without duplicates) and a summary (NFKC, at most 2000 characters). What depends
 * on the activity itself (people served on site or online) is `resultsProblem`.
 */
export const activityResultsInputSchema = z.object({
  sessionsHeld: whole("活动场数", 1, maxSessionsHeld),
  peopleServed: whole("服务人数", 0, maxPeopleServedOnline),
  photoAssetIds: z
    .array(z.string().trim().min(1, "照片编号不能为空").max(64, "照片编号过长"))
    .max(maxResultPhotos, `照片最多${maxResultPhotos}张`)
    .refine((ids) => new Set(ids).size === ids.length, "同一张照片不能重复使用")
    .nullish()
    .transform((ids) => ids ?? []),
  newsLinks: z
    .array(z.string().max(1000, "新闻链接过长"))
    .max(maxNewsLinks, `新闻链接最多${maxNewsLinks}条`)
    .nullish()
    .transform((links, ctx) => {
      const normalized: string[] = [];
      for (const [index, link] of (links ?? []).entries()) {
        const url = normalizeNewsLink(link);
        if (!url) {
          ctx.addIssue({ code: "custom", path: [index], message: `第${index + 1}条新闻链接不是有效的 http(s) 网址` });
          return z.NEVER;
        }
        if (!normalized.includes(url)) normalized.push(url);
      }
      return normalized;
    }),
  summary: normalizedParagraphs(z.string().max(2000, "成效简述不能超过2000个字符")).nullish(),
});

export type ActivityResultsInput = z.output<typeof activityResultsInputSchema>;

/**
 * What a report may not claim of this activity, or null: an activity with a place (offline or both)
 * serves at most `maxPeopleServedOnSite` people (online viewers up to `maxPeopleServedOnline`).
 * `field` names the input field at fault.
 */
export function resultsProblem(
  results: Pick<ActivityResultsInput, "peopleServed" | "sessionsHeld">,
  activity: { mode: string },
): { field: string; message: string } | null {
  if (activity.mode !== "ONLINE" && results.peopleServed > maxPeopleServedOnSite) {
    return {
      field: "peopleServed",
      message: `线下活动服务人数不能超过${maxPeopleServedOnSite.toLocaleString("en-US")}，线上观看请按线上活动填报`,
    };
  }
  return null;
}
