import { normalizedParagraphs, normalizedText } from "@kepu/text";
import { z } from "zod";
import { sessionsInputSchema } from "./session-input.js";

const optionalText = (label: string, max: number) =>
  normalizedText(z.string().max(max, `${label}不能超过${max}个字符`)).nullish();

const key = (label: string) => z.string().trim().min(1, `请填写${label}`).max(100, `${label}过长`);

/**
 * What a unit must get right when it drafts an activity. GraphQL already checks the types and enum
 * values; these are the limits a person can fix. Texts are normalized first (@kepu/text).
 */
export const createActivityInputSchema = z
  .object({
    campaignId: key("所属科普日"),
    hostOrgId: key("主办单位"),
    title: normalizedText(z.string().min(2, "活动名称至少2个字符").max(100, "活动名称不能超过100个字符")),
    summary: normalizedParagraphs(z.string().max(2000, "活动简介不能超过2000个字符")),
    category: z.string(),
    programme: optionalText("品牌活动名称", 100),
    forms: z.array(z.string()).min(1, "请至少选择一种活动形式").max(14),
    mode: z.string(),
    topics: z
      .array(normalizedText(z.string().min(1, "主题词不能为空").max(30, "主题词不能超过30个字符")))
      .max(20, "主题词不能超过20个"),
    audiences: z.array(z.string()).max(7),
    // Already instants: the DateTime scalar refused text without an offset (@kepu/time).
    // Either the one session's times, or `sessions` (then the server derives the activity's times).
    startsAt: z.date().nullish(),
    endsAt: z.date().nullish(),
    sessions: sessionsInputSchema.nullish(),
    regionCode: z
      .string()
      .regex(/^\d{6}$/, "行政区划代码须为6位数字")
      .nullish(),
    venue: optionalText("活动地点", 200),
    address: optionalText("详细地址", 300),
    latitude: z.number().min(-90, "纬度须在 -90 到 90 之间").max(90, "纬度须在 -90 到 90 之间").nullish(),
    longitude: z.number().min(-180, "经度须在 -180 到 180 之间").max(180, "经度须在 -180 到 180 之间").nullish(),
  })
  .superRefine((input, issues) => {
    if (input.sessions) {
      for (const field of ["startsAt", "endsAt"] as const) {
        if (input[field]) {
          issues.addIssue({ code: "custom", message: "已填写场次时，活动时间由场次决定，请勿另填", path: [field] });
        }
      }
      return;
    }
    if (!input.startsAt) {
      issues.addIssue({ code: "custom", message: "请填写开始时间或添加场次", path: ["startsAt"] });
    } else if (!input.endsAt) {
      issues.addIssue({ code: "custom", message: "请填写结束时间", path: ["endsAt"] });
    } else if (input.startsAt >= input.endsAt) {
      issues.addIssue({ code: "custom", message: "结束时间须晚于开始时间", path: ["endsAt"] });
    }
  });
