import { normalizedText } from "@kepu/text";
import { readDay, startOfShanghaiDay } from "@kepu/time";
import { z } from "zod";
import { maxSearchTextLength } from "./search-terms.js";

/** The longest date range a list or calendar takes, days (six weeks: a month view). */
export const maxCalendarDays = 62;

/**
 * The public's filter for discovery (issue 9 §4), as checked before any query: every field optional,
 * all given ones must hold (AND). Texts are NFKC-normalized (@kepu/text); days are Asia/Shanghai
 * calendar days, `to` inclusive.
 */
export const discoveryFilterSchema = z
  .object({
    campaignId: z.string().trim().min(1).max(100).nullish(),
    regionCode: z
      .string()
      .regex(/^\d{6}$/, "行政区划代码须为6位数字")
      .nullish(),
    categoryId: z.string().trim().min(1).max(100).nullish(),
    categoryKind: z.string().nullish(),
    form: z.string().nullish(),
    topic: normalizedText(z.string().max(30, "主题词不能超过30个字符")).nullish(),
    audience: z.string().nullish(),
    from: z.string().nullish(),
    to: z.string().nullish(),
    online: z.boolean().nullish(),
    freePlaces: z.boolean().nullish(),
    text: normalizedText(z.string().max(maxSearchTextLength, `搜索词不能超过${maxSearchTextLength}个字符`)).nullish(),
  })
  .superRefine((filter, issues) => {
    for (const field of ["from", "to"] as const) {
      const value = filter[field];
      if (value != null && !readDay(value).ok) {
        issues.addIssue({ code: "custom", path: [field], message: "日期须为 YYYY-MM-DD" });
      }
    }
    if (filter.from && filter.to && filter.from > filter.to) {
      issues.addIssue({ code: "custom", path: ["to"], message: "结束日期不能早于开始日期" });
    }
  });

/** A discovery filter after validation, in the vocabulary of the graph (enum values as strings). */
export interface DiscoveryFilter {
  campaignId?: string | null | undefined;
  regionCode?: string | null | undefined;
  categoryId?: string | null | undefined;
  categoryKind?: string | null | undefined;
  form?: string | null | undefined;
  topic?: string | null | undefined;
  audience?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  online?: boolean | null | undefined;
  freePlaces?: boolean | null | undefined;
  text?: string | null | undefined;
}

/**
 * The instants a day range covers: from the start of `from` (Shanghai) to the start of the day after
 * `to`; either end open when not given.
 */
export function dayRangeInstants(filter: Pick<DiscoveryFilter, "from" | "to">): {
  start: Date | null;
  end: Date | null;
} {
  const start = filter.from ? startOfShanghaiDay(filter.from) : null;
  const end = filter.to ? new Date(startOfShanghaiDay(filter.to).getTime() + 86_400_000) : null;
  return { start, end };
}

/**
 * The modes that can be attended the way asked: online (ONLINE or HYBRID, a livestream) or in person
 * (OFFLINE or HYBRID). Null when not asked.
 */
export function modesFor(online: boolean | null | undefined): string[] | null {
  if (online == null) return null;
  return online ? ["ONLINE", "HYBRID"] : ["OFFLINE", "HYBRID"];
}
