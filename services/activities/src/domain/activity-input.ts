import { normalizedEmail, normalizedParagraphs, normalizedText, phoneNumberSchema } from "@kepu/text";
import { z } from "zod";
import { sessionsInputSchema } from "./session-input.js";

const optionalText = (label: string, max: number) =>
  normalizedText(z.string().max(max, `${label}不能超过${max}个字符`)).nullish();

const key = (label: string) => z.string().trim().min(1, `请填写${label}`).max(100, `${label}过长`);

/** Co-hosting units (联合主办) an activity may name. */
export const maxCoHosts = 20;

const latitude = z.number().min(-90, "纬度须在 -90 到 90 之间").max(90, "纬度须在 -90 到 90 之间");
const longitude = z.number().min(-180, "经度须在 -180 到 180 之间").max(180, "经度须在 -180 到 180 之间");

/**
 * An activity's content as a unit writes it (create, update and import alike): what a person can
 * fix. GraphQL already checks the types and enum values; texts are normalized first (@kepu/text).
 * Facts that follow from what it names (the category's kind, the region against the host, the
 * co-hosts' existence, WGS-84 from GCJ-02) are derived on the server (schema/activity-content.ts).
 */
export const activityContentFields = {
  title: normalizedText(z.string().min(2, "活动名称至少2个字符").max(100, "活动名称不能超过100个字符")),
  summary: normalizedParagraphs(z.string().max(2000, "活动简介不能超过2000个字符")),
  categoryId: key("活动类别"),
  programme: optionalText("品牌活动名称", 100),
  forms: z.array(z.string()).min(1, "请至少选择一种活动形式").max(14),
  mode: z.string(),
  topics: z
    .array(normalizedText(z.string().min(1, "主题词不能为空").max(30, "主题词不能超过30个字符")))
    .max(20, "主题词不能超过20个"),
  audiences: z.array(z.string()).max(7),
  regionCode: z
    .string()
    .regex(/^\d{6}$/, "行政区划代码须为6位数字")
    .nullish(),
  venue: optionalText("活动地点", 200),
  address: optionalText("详细地址", 300),
  latitude: latitude.nullish(),
  longitude: longitude.nullish(),
  coordinateSystem: z.string().nullish(),
  livestreamUrl: z
    .url({ protocol: /^https?$/, message: "直播链接须为 http(s) 网址" })
    .max(500, "直播链接过长")
    .nullish(),
  coHostOrgIds: z.array(key("联合主办单位")).max(maxCoHosts, `联合主办单位最多${maxCoHosts}个`).nullish(),
  coverAssetId: key("封面图片").nullish(),
  contactName: optionalText("联系人姓名", 50),
  contactPhone: phoneNumberSchema.nullish(),
  contactEmail: normalizedEmail().nullish(),
};

type Point = { latitude?: number | null; longitude?: number | null };

const bothOrNeither = (input: Point) => (input.latitude == null) === (input.longitude == null);

/**
 * An activity's content as edited: the fields above, a point given whole, and optionally new
 * sessions (场次: only for an activity the public has not seen; the activity's time is their envelope).
 */
export const activityContentSchema = z
  .object({ ...activityContentFields, sessions: sessionsInputSchema.nullish() })
  .refine(bothOrNeither, { message: "经纬度须同时填写", path: ["longitude"] });

/**
 * What a unit must get right when it drafts an activity: its campaign and host, the content, and its
 * time: either the one session's times (startsAt/endsAt; already instants, the DateTime scalar
 * refused text without an offset) or `sessions` (then the server derives the activity's times).
 */
export const createActivityInputSchema = z
  .object({
    campaignId: key("所属科普日"),
    hostOrgId: key("主办单位"),
    ...activityContentFields,
    startsAt: z.date().nullish(),
    endsAt: z.date().nullish(),
    sessions: sessionsInputSchema.nullish(),
  })
  .refine(bothOrNeither, { message: "经纬度须同时填写", path: ["longitude"] })
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

/** A stored activity's content as the submission check reads it. */
export interface SubmittableContent {
  mode: string;
  venue: string | null;
  address: string | null;
  regionCode: string | null;
  latitude: number | null;
  longitude: number | null;
  livestreamUrl: string | null;
  summary: string;
}

/**
 * What a draft may lack but a submitted activity may not (issue 9 §1: offline or both need a place
 * the public can find; online or both a livestream link), or null when it is complete. `field` names
 * the input field to fix.
 */
export function submissionProblem(content: SubmittableContent): { field: string; message: string } | null {
  if (content.summary.length < 10) return { field: "summary", message: "提交前请填写活动简介（至少10个字）" };
  if (content.mode !== "ONLINE") {
    if (!content.venue) return { field: "venue", message: "线下活动提交前请填写活动地点" };
    if (!content.address) return { field: "address", message: "线下活动提交前请填写详细地址" };
    if (!content.regionCode) return { field: "regionCode", message: "线下活动提交前请填写行政区划代码" };
    if (content.latitude == null) return { field: "latitude", message: "线下活动提交前请在地图上选择位置" };
  }
  if (content.mode !== "OFFLINE" && !content.livestreamUrl) {
    return { field: "livestreamUrl", message: "线上活动提交前请填写直播链接" };
  }
  return null;
}
