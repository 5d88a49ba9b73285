import { canSubmit, isPlatformAdmin } from "@kepu/auth";
import { isUniqueViolation } from "@kepu/db";
import { forbidden, requirePlace, unauthenticated, userError } from "@kepu/subgraph";
import { normalizedText } from "@kepu/text";
import { z } from "zod";
import { builder, type Context } from "../builder.js";
import { loadWorkView } from "./work.js";

const httpsUrl = z
  .string()
  .trim()
  .max(2000, "链接过长")
  .refine((value) => URL.canParse(value) && new URL(value).protocol === "https:", "链接必须是 https 地址")
  .transform((value) => new URL(value).toString());

const AddWorkPostingInput = builder.inputType("AddWorkPostingInput", {
  fields: (t) => ({
    workId: t.id({ required: true }),
    platform: t.id({ required: true, description: "A platform key (workPlatforms)." }),
    url: t.string({ required: true, description: "https only." }),
    postedAt: t.field({
      type: "DateTime",
      required: true,
      description: "With an offset, e.g. 2024-09-15T09:00:00+08:00.",
    }),
  }),
  validate: z.looseObject({ url: httpsUrl }),
});

const AddWorkPlatformInput = builder.inputType("AddWorkPlatformInput", {
  fields: (t) => ({
    key: t.id({ required: true, description: "Upper-case letters, digits and _, e.g. XIAOHONGSHU." }),
    nameZh: t.string({ required: true }),
    nameEn: t.string({ required: true }),
  }),
  validate: z.looseObject({
    key: z.string().regex(/^[A-Z][A-Z0-9_]{1,31}$/, "平台代码须为2到32位大写字母、数字或下划线"),
    nameZh: normalizedText(z.string().min(1, "请填写平台中文名").max(20, "平台名称过长")),
    nameEn: normalizedText(z.string().min(1, "请填写平台英文名").max(40, "平台名称过长")),
  }),
});

/** The work's owner if the viewer may change its postings (its unit's editors and admins), else an error. */
async function assertMayPost(ctx: Context, workId: string) {
  if (ctx.viewer.kind !== "user") throw unauthenticated();
  const work = await ctx.db.work.findUnique({ where: { id: workId }, select: { ownerOrgId: true } });
  if (!work || !(await loadWorkView(ctx, workId))) throw userError("NOT_FOUND", "未找到该作品", { field: "workId" });
  const owner = await requirePlace(ctx.directory.uncached(), work.ownerOrgId);
  if (!canSubmit(ctx.viewer, { kind: "WORK", owner }))
    throw forbidden("只有作品所属单位的编辑或管理员可以登记发布情况");
}

builder.mutationFields((t) => ({
  addWorkPosting: t.prismaField({
    type: "WorkPosting",
    description: "Records where a work was posted (its unit's editors); one posting per work and URL.",
    args: { input: t.arg({ type: AddWorkPostingInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const workId = String(input.workId);
      await assertMayPost(ctx, workId);
      const platform = await ctx.db.workPlatform.findUnique({ where: { key: String(input.platform) } });
      if (!platform) throw userError("BAD_USER_INPUT", `未知的发布平台：${input.platform}`, { field: "platform" });
      if (input.postedAt.getTime() > Date.now() + 5 * 60_000) {
        throw userError("BAD_USER_INPUT", "发布时间不能晚于现在", { field: "postedAt" });
      }
      try {
        return await ctx.db.workPosting.create({
          ...query,
          data: { workId, platformKey: platform.key, url: input.url, postedAt: input.postedAt },
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw userError("BAD_USER_INPUT", "该链接已登记过", { field: "url" });
        }
        throw error;
      }
    },
  }),
  removeWorkPosting: t.boolean({
    description: "Removes a posting of a work (its unit's editors).",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const posting = await ctx.db.workPosting.findUnique({ where: { id: String(args.id) } });
      if (!posting) throw userError("NOT_FOUND", "未找到该发布记录");
      await assertMayPost(ctx, posting.workId);
      const { count } = await ctx.db.workPosting.deleteMany({ where: { id: posting.id } });
      return count === 1;
    },
  }),
  addWorkPlatform: t.prismaField({
    type: "WorkPlatform",
    description: "Adds a platform postings may name (platform admins).",
    args: { input: t.arg({ type: AddWorkPlatformInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      if (!isPlatformAdmin(ctx.viewer)) throw forbidden("只有平台管理员可以添加发布平台");
      const last = await ctx.db.workPlatform.aggregate({ _max: { position: true } });
      try {
        return await ctx.db.workPlatform.create({
          ...query,
          data: {
            key: String(input.key),
            nameZh: input.nameZh,
            nameEn: input.nameEn,
            position: (last._max.position ?? 0) + 1,
          },
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw userError("BAD_USER_INPUT", "该平台已存在", { field: "key" });
        }
        throw error;
      }
    },
  }),
}));
