import { z } from "zod";

/** An ISO 8601 date-time with an offset ("2024-09-15T09:00:00+08:00" or "…Z"). */
const instant = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label}须为带时区的 ISO 8601 时间，如 2024-09-15T09:00:00+08:00` });

const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}不能超过${max}个字符`).nullish();

const key = (label: string) => z.string().trim().min(1, `请填写${label}`).max(100, `${label}过长`);

/**
 * What a unit must get right when it drafts an activity. GraphQL already checks the types and enum
 * values; these are the limits a person can fix.
 */
export const createActivityInputSchema = z
  .object({
    campaignId: key("所属科普日"),
    hostOrgId: key("主办单位"),
    title: z.string().trim().min(2, "活动名称至少2个字符").max(100, "活动名称不能超过100个字符"),
    summary: z.string().trim().max(2000, "活动简介不能超过2000个字符"),
    category: z.string(),
    programme: optionalText("品牌活动名称", 100),
    forms: z.array(z.string()).min(1, "请至少选择一种活动形式").max(14),
    mode: z.string(),
    topics: z
      .array(z.string().trim().min(1, "主题词不能为空").max(30, "主题词不能超过30个字符"))
      .max(20, "主题词不能超过20个"),
    audiences: z.array(z.string()).max(7),
    startsAt: instant("开始时间"),
    endsAt: instant("结束时间"),
    regionCode: z
      .string()
      .regex(/^\d{6}$/, "行政区划代码须为6位数字")
      .nullish(),
    venue: optionalText("活动地点", 200),
    address: optionalText("详细地址", 300),
    latitude: z.number().min(-90, "纬度须在 -90 到 90 之间").max(90, "纬度须在 -90 到 90 之间").nullish(),
    longitude: z.number().min(-180, "经度须在 -180 到 180 之间").max(180, "经度须在 -180 到 180 之间").nullish(),
  })
  .refine((input) => Date.parse(input.startsAt) < Date.parse(input.endsAt), {
    message: "结束时间须晚于开始时间",
    path: ["endsAt"],
  });
