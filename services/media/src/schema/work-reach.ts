import { canEditFor, canSeeUnpublishedOf, isPlatformAdmin } from "@kepu/auth";
import { forbidden, inSubtreeOf, requireCampaign, requirePlace, unauthenticated, userError } from "@kepu/subgraph";
import { decodeBase64, FileRefusal, readSpreadsheet } from "@kepu/tabular";
import { dayFromSqlDate, readDay, shanghaiDayOf, shanghaiToday, sqlDateFromDay } from "@kepu/time";
import { z } from "zod";
import { builder, type Context } from "../builder.js";
import { maxFigure, type PostingRecord, postingHeader, readPostingRow } from "../domain/posting-import.js";
import { Prisma } from "../generated/prisma/client.js";
import {
  type DayReach,
  type ReachRow,
  reachOfWorks,
  type WorkMetrics,
  workReach,
  workReachByDay,
} from "../reach/sums.js";
import { OrgRef } from "./refs.js";
import { loadWorkView, WorkPlatformRef, WorkRef } from "./work.js";

const WorkMetricsRef = builder.objectRef<WorkMetrics>("WorkMetrics").implement({
  description: "Views, likes, shares and comments: each posting's latest figures, summed.",
  fields: (t) => ({
    views: t.exposeFloat("views"),
    likes: t.exposeFloat("likes"),
    shares: t.exposeFloat("shares"),
    comments: t.exposeFloat("comments"),
  }),
});

const ReachRowRef = builder.objectRef<ReachRow>("ReachRow").implement({
  description: "Reach of one platform, hashtag or org.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "The platform key, the hashtag, or the org id." }),
    views: t.exposeFloat("views"),
    likes: t.exposeFloat("likes"),
    shares: t.exposeFloat("shares"),
    comments: t.exposeFloat("comments"),
    platform: t.field({
      type: WorkPlatformRef,
      nullable: true,
      description: "The platform, on a row of byPlatform; null on the others.",
      resolve: (row, _args, ctx) =>
        row.dimension === "platform" ? ctx.db.workPlatform.findUnique({ where: { key: row.key } }) : null,
    }),
    org: t.field({
      type: OrgRef,
      nullable: true,
      description: "The org, on a row of byOrg; null on the others (a hashtag or platform key is no org id).",
      resolve: (row) => (row.dimension === "org" ? { id: row.key } : null),
    }),
  }),
});

/** A day's reach: each posting's latest figures known on that day, summed. */
const DayReachRef = builder.objectRef<DayReach>("DayReach").implement({
  fields: (t) => ({
    day: t.field({ type: "Date", resolve: (row) => row.day }),
    views: t.exposeFloat("views"),
    likes: t.exposeFloat("likes"),
    shares: t.exposeFloat("shares"),
    comments: t.exposeFloat("comments"),
  }),
});

/** What workReach answers: the sums, what they are of, and whether the viewer may see them by org. */
type Reach = Awaited<ReturnType<typeof workReach>> & {
  campaignId: string;
  orgId: string | null;
  seesByOrg: boolean;
};

const WorkReachRef = builder.objectRef<Reach>("WorkReach").implement({
  description: "Reach of published works (千万IP创科普): in total, by platform, by hashtag, by org and by day.",
  fields: (t) => ({
    total: t.field({ type: WorkMetricsRef, resolve: (r) => r.total }),
    byPlatform: t.field({ type: [ReachRowRef], resolve: (r) => r.byPlatform }),
    byHashtag: t.field({ type: [ReachRowRef], resolve: (r) => r.byHashtag }),
    byOrg: t.field({
      type: [ReachRowRef],
      nullable: true,
      description:
        "Rolled up to each child of the org asked for (its own works under itself): for the org's members and whoever administers it (platform admins for a whole campaign); null for others.",
      resolve: (r) => (r.seesByOrg ? r.byOrg : null),
    }),
    byDay: t.field({
      type: [DayReachRef],
      description: "From the first day with figures to the last: each posting's latest figures known that day, summed.",
      resolve: (r, _args, ctx) => workReachByDay(ctx.db, r.campaignId, r.orgId),
    }),
  }),
});

builder.objectFields(WorkRef, (t) => ({
  reach: t.field({
    type: WorkMetricsRef,
    description: "This work's reach: its postings' latest figures summed.",
    resolve: async (work, _args, ctx) => {
      const loader = ctx.loaders.get("WorkReach", async (ids) => {
        const sums = await reachOfWorks(ctx.db, ids);
        return ids.map((id) => ({ id, ...(sums.get(id) ?? { views: 0, likes: 0, shares: 0, comments: 0 }) }));
      });
      return (await loader.load(work.id)) ?? { views: 0, likes: 0, shares: 0, comments: 0 };
    },
  }),
}));

builder.queryField("workReach", (t) =>
  t.field({
    type: WorkReachRef,
    description:
      "Reach of a campaign's published works (a national edition includes its regional ones), optionally within an org's subtree. Public: it counts published works only; the breakdown by org is for the org's members and whoever administers it.",
    args: { campaignId: t.arg.id({ required: true }), orgId: t.arg.id({ required: false }) },
    resolve: async (_root, args, ctx) => {
      const campaignId = (await requireCampaign(ctx.directory, String(args.campaignId))).id;
      const place = args.orgId ? await requirePlace(ctx.directory, String(args.orgId)) : null;
      const orgId = place?.id ?? null;
      // Decided for issue 8 §4 (docs/architecture.md, "Reach"): totals of published works are public;
      // how each unit below is doing stays with the unit and those above it.
      const seesByOrg = place ? canSeeUnpublishedOf(ctx.viewer, place) : isPlatformAdmin(ctx.viewer);
      return { ...(await workReach(ctx.db, campaignId, orgId)), campaignId, orgId, seesByOrg };
    },
  }),
);

const figure = z.number().int("须为整数").min(0, "不能为负数").max(maxFigure, "数值过大");

const RecordWorkMetricsInput = builder.inputType("RecordWorkMetricsInput", {
  fields: (t) => ({
    postingId: t.id({ required: true }),
    takenOn: t.field({ type: "Date", required: true, description: "The Shanghai day the figures were read." }),
    views: t.int({ required: true }),
    likes: t.int({ required: true }),
    shares: t.int({ required: true }),
    comments: t.int({ required: true }),
  }),
  validate: z.looseObject({ views: figure, likes: figure, shares: figure, comments: figure }),
});

builder.prismaObject("WorkMetricSnapshot", {
  fields: (t) => ({
    id: t.exposeID("id"),
    takenOn: t.field({ type: "Date", resolve: (s) => dayFromSqlDate(s.takenOn) }),
    views: t.exposeInt("views"),
    likes: t.exposeInt("likes"),
    shares: t.exposeInt("shares"),
    comments: t.exposeInt("comments"),
  }),
});

builder.prismaObjectFields("WorkPosting", (t) => ({
  snapshots: t.relation("snapshots", {
    description: "The posting's figures by day, newest first.",
    query: { orderBy: { takenOn: "desc" } },
  }),
}));

/** The viewer may enter figures for a work: its unit's editors (and admins above), as for postings. */
async function assertMayReport(ctx: Context, ownerOrgId: string, workId: string) {
  if (ctx.viewer.kind !== "user") throw unauthenticated();
  if (!(await loadWorkView(ctx, workId))) throw userError("NOT_FOUND", "未找到该作品");
  const owner = await requirePlace(ctx.directory.uncached(), ownerOrgId);
  if (!canEditFor(ctx.viewer, owner)) throw forbidden("只有作品所属单位的编辑或管理员可以登记传播数据");
}

builder.mutationField("recordWorkMetrics", (t) =>
  t.prismaField({
    type: "WorkMetricSnapshot",
    description:
      "Records a posting's figures for a Shanghai day (its unit's editors); the same day again replaces them.",
    args: { input: t.arg({ type: RecordWorkMetricsInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const posting = await ctx.db.workPosting.findUnique({
        where: { id: String(input.postingId) },
        include: { work: { select: { ownerOrgId: true } } },
      });
      if (!posting) throw userError("NOT_FOUND", "未找到该发布记录", { field: "postingId" });
      await assertMayReport(ctx, posting.work.ownerOrgId, posting.workId);
      const day = readDay(String(input.takenOn));
      if (!day.ok) throw userError("BAD_USER_INPUT", day.message, { field: "takenOn" });
      if (day.value > shanghaiToday()) throw userError("BAD_USER_INPUT", "统计日期不能晚于今天", { field: "takenOn" });
      if (day.value < shanghaiDayOf(posting.postedAt)) {
        throw userError("BAD_USER_INPUT", "统计日期不能早于发布日期", { field: "takenOn" });
      }
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const figures = { views: input.views, likes: input.likes, shares: input.shares, comments: input.comments };
      const takenOn = sqlDateFromDay(day.value);
      return ctx.db.workMetricSnapshot.upsert({
        ...query,
        where: { postingId_takenOn: { postingId: posting.id, takenOn } },
        create: { postingId: posting.id, takenOn, ...figures, recordedById: ctx.viewer.userId },
        update: { ...figures, recordedById: ctx.viewer.userId },
      });
    },
  }),
);

const ImportFormat = builder.enumType("WorkPostingImportFormat", { values: ["CSV", "XLSX"] as const });

const ImportWorkPostingsInput = builder.inputType("ImportWorkPostingsInput", {
  fields: (t) => ({
    orgId: t.id({ required: true, description: "The unit importing: each row's work must be its own or below it." }),
    campaignId: t.id({
      required: true,
      description: "Each row's work must be of this campaign (or a regional edition of it).",
    }),
    format: t.field({ type: ImportFormat, required: true }),
    fileBase64: t.string({ required: true, description: "The file's bytes, base64; at most 5 MB, 5,000 data rows." }),
    dryRun: t.boolean({ required: false, defaultValue: false }),
  }),
});

interface ImportRowReport {
  row: number;
  ok: boolean;
  errors: string[];
}

const ImportRowRef = builder.objectRef<ImportRowReport>("WorkPostingImportRow").implement({
  fields: (t) => ({
    row: t.exposeInt("row", { description: "Spreadsheet row number (the header is row 1)." }),
    ok: t.exposeBoolean("ok"),
    errors: t.exposeStringList("errors", { description: "What to fix, in Chinese, naming the row and column." }),
  }),
});

const ImportReportRef = builder
  .objectRef<{
    accepted: boolean;
    dryRun: boolean;
    postingCount: number;
    snapshotCount: number;
    rows: ImportRowReport[];
  }>("WorkPostingImportReport")
  .implement({
    fields: (t) => ({
      accepted: t.exposeBoolean("accepted", { description: "Every row is valid (on a dry run: would be imported)." }),
      dryRun: t.exposeBoolean("dryRun"),
      postingCount: t.exposeInt("postingCount", {
        description: "Postings written (new or updated); 0 unless accepted.",
      }),
      snapshotCount: t.exposeInt("snapshotCount"),
      rows: t.field({ type: [ImportRowRef], resolve: (r) => r.rows }),
    }),
  });

builder.mutationField("importWorkPostings", (t) =>
  t.field({
    type: ImportReportRef,
    description:
      "Imports postings and their figures from a CSV or XLSX file (columns 作品编号, 平台, 链接, 发布时间（北京时间）, 统计日期, 浏览量, 点赞数, 转发数, 评论数). All or nothing: any bad row and nothing is written; the report says what to fix.",
    args: { input: t.arg({ type: ImportWorkPostingsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const viewerId = ctx.viewer.userId;
      const directory = ctx.directory.uncached();
      const importer = await requirePlace(directory, String(input.orgId));
      if (!canEditFor(ctx.viewer, importer)) throw forbidden("只能为本单位（或下级单位）导入传播数据");
      const campaign = await requireCampaign(directory, String(input.campaignId));

      let sheet: Awaited<ReturnType<typeof readSpreadsheet>>;
      try {
        sheet = await readSpreadsheet(input.format, decodeBase64(input.fileBase64));
      } catch (error) {
        if (error instanceof FileRefusal) throw userError("BAD_USER_INPUT", error.message);
        throw error;
      }
      const header = postingHeader(sheet);
      if (!header.ok) throw userError("BAD_USER_INPUT", header.message);

      const readings = header.data.map((row) => readPostingRow(row, header.columns));
      const records = readings.flatMap((r) => (r.ok ? [r.record] : []));
      const works = new Map(
        (
          await ctx.db.work.findMany({
            where: { id: { in: [...new Set(records.map((r) => r.workId))] } },
            select: { id: true, ownerOrgId: true, campaignId: true },
          })
        ).map((w) => [w.id, w]),
      );
      // Every owner and campaign named, asked of the place-loader at once (one batched request each).
      const ownerIds = [...new Set([...works.values()].map((w) => w.ownerOrgId))];
      const campaignIds = [...new Set([...works.values()].map((w) => w.campaignId))];
      const [ownerPlaces, workCampaigns] = await Promise.all([
        Promise.all(ownerIds.map((id) => directory.place(id))),
        Promise.all(campaignIds.map((id) => directory.campaign(id))),
      ]);
      const placeOf = new Map(ownerIds.map((id, i) => [id, ownerPlaces[i] ?? null]));
      const campaignOf = new Map(campaignIds.map((id, i) => [id, workCampaigns[i] ?? null]));
      const platforms = await ctx.db.workPlatform.findMany();
      const platformKey = (name: string) =>
        platforms.find(
          (p) => p.key === name.toUpperCase() || p.nameZh === name || p.nameEn.toLowerCase() === name.toLowerCase(),
        )?.key;
      const seen = new Map<string, number>();
      const rows: ImportRowReport[] = [];
      const accepted: (PostingRecord & { platformKey: string })[] = [];
      for (const reading of readings) {
        if (!reading.ok) {
          rows.push({ row: reading.row, ok: false, errors: reading.errors });
          continue;
        }
        const r = reading.record;
        const errors: string[] = [];
        const work = works.get(r.workId);
        const key = platformKey(r.platform);
        if (!work) errors.push(`第${r.row}行：作品编号 ${r.workId} 不存在`);
        else {
          const owner = placeOf.get(work.ownerOrgId);
          const workCampaign = campaignOf.get(work.campaignId);
          // The importer's subtree, and a unit the viewer may act for (editors: their own; admins: below too).
          if (!owner || !inSubtreeOf(owner, importer.id) || !canEditFor(ctx.viewer, owner)) {
            errors.push(`第${r.row}行：作品 ${r.workId} 不属于本单位或下级单位，或您无权为其登记`);
          }
          if (work.campaignId !== campaign.id && workCampaign?.editionId !== campaign.id) {
            errors.push(`第${r.row}行：作品 ${r.workId} 不属于该活动届次`);
          }
        }
        if (!key) errors.push(`第${r.row}行：未知的发布平台“${r.platform}”`);
        const identity = `${r.workId}\u0000${r.url}\u0000${r.takenOn}`;
        const earlier = seen.get(identity);
        if (earlier !== undefined) errors.push(`第${r.row}行与第${earlier}行重复（同一作品、链接和统计日期）`);
        seen.set(identity, r.row);
        rows.push({ row: r.row, ok: errors.length === 0, errors });
        if (!errors.length && key) accepted.push({ ...r, platformKey: key });
      }
      const ok = rows.length > 0 && rows.every((r) => r.ok);
      const dryRun = input.dryRun ?? false;
      if (!ok || dryRun) return { accepted: ok, dryRun, postingCount: 0, snapshotCount: 0, rows };

      const postingCount = await ctx.db.$transaction(
        async (tx) => {
          // One posting per (work, URL): the latest row's platform and time win.
          const postings = new Map(accepted.map((r) => [`${r.workId}\u0000${r.url}`, r]));
          const list = [...postings.values()];
          // Multi-row statements, a thousand rows each (bound parameters stay far below PostgreSQL's limit).
          for (let i = 0; i < list.length; i += 1000) {
            const values = list
              .slice(i, i + 1000)
              .map(
                (r) => Prisma.sql`(${r.workId}, ${r.platformKey}, ${r.url}, ${r.postedAt.toISOString()}::timestamptz)`,
              );
            await tx.$executeRaw`
              INSERT INTO "WorkPosting" ("id", "workId", "platformKey", "url", "postedAt")
              SELECT 'p' || md5(w || '|' || u), w, k, u, t FROM (VALUES ${Prisma.join(values)}) AS x(w, k, u, t)
              ON CONFLICT ("workId", "url") DO UPDATE
              SET "platformKey" = EXCLUDED."platformKey", "postedAt" = EXCLUDED."postedAt"`;
          }
          for (let i = 0; i < accepted.length; i += 1000) {
            const values = accepted
              .slice(i, i + 1000)
              .map(
                (r) =>
                  Prisma.sql`(${r.workId}, ${r.url}, ${r.takenOn}::date, ${r.views}::int, ${r.likes}::int, ${r.shares}::int, ${r.comments}::int)`,
              );
            await tx.$executeRaw`
              INSERT INTO "WorkMetricSnapshot"
                ("id", "postingId", "takenOn", "views", "likes", "shares", "comments", "recordedById", "updatedAt")
              SELECT 's' || md5(p."id" || '|' || x.d::text), p."id", x.d, x.v, x.l, x.s, x.c, ${viewerId}, now()
              FROM (VALUES ${Prisma.join(values)}) AS x(w, u, d, v, l, s, c)
              JOIN "WorkPosting" p ON p."workId" = x.w AND p."url" = x.u
              ON CONFLICT ("postingId", "takenOn") DO UPDATE SET "views" = EXCLUDED."views",
                "likes" = EXCLUDED."likes", "shares" = EXCLUDED."shares", "comments" = EXCLUDED."comments",
                "recordedById" = EXCLUDED."recordedById", "updatedAt" = now()`;
          }
          return list.length;
        },
        { maxWait: 10_000, timeout: 120_000 },
      );
      return { accepted: true, dryRun: false, postingCount, snapshotCount: accepted.length, rows };
    },
  }),
);
