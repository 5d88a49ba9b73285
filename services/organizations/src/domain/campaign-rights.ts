import { administers, isPlatformAdmin, type OrgPlace, type Viewer } from "@kepu/auth";
import { type CalendarDay, shanghaiDayOf } from "@kepu/time";

/**
 * Who sets up an edition (window, theme, co-hosts, designated approver): platform admins; for a
 * regional edition, whoever administers its region's 科协; for any edition, whoever administers its
 * lead host (中国科协 for a national one, 湖南省纲要办 or 深圳市科协 for theirs).
 */
export function canManageCampaign(
  viewer: Viewer,
  campaign: { regionPlace: OrgPlace | null; leadPlaces: readonly OrgPlace[] },
): boolean {
  if (isPlatformAdmin(viewer)) return true;
  if (campaign.regionPlace && administers(viewer, campaign.regionPlace)) return true;
  return campaign.leadPlaces.some((place) => administers(viewer, place));
}

/**
 * A window must be days in order; the summary deadline, if any, on or after the Shanghai day the
 * window opens (a deadline at 07:00 Beijing time on the first day is 23:00 UTC the day before).
 */
export function checkWindow(startsOn: CalendarDay, endsOn: CalendarDay, summaryDeadline: Date | null): string | null {
  if (endsOn < startsOn) return "结束日期不能早于开始日期";
  if (summaryDeadline && shanghaiDayOf(summaryDeadline) < startsOn) return "总结截止时间不能早于活动开始";
  return null;
}
