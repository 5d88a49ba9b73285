import { canSeeUnpublishedOf } from "@kepu/auth";
import { forbidden, requirePlace, unauthenticated } from "@kepu/subgraph";
import { builder } from "../builder.js";
import { regionGroupDigits, regionName } from "../domain/region-names.js";
import {
  activityFigures,
  type CampaignFigures,
  campaignFigures,
  type FigureRow,
  type Figures,
} from "../figures/figures.js";
import { CampaignRef } from "./campaign.js";
import { OrgRef } from "./org.js";

/** What Apollo Server's cache-control plugin adds to a resolver's info (@apollo/cache-control-types). */
interface CacheControl {
  setCacheHint(hint: { maxAge: number; scope: "PUBLIC" | "PRIVATE" }): void;
}

/** How long the public big numbers may be cached (s): they move with reports and registrations. */
export const campaignFiguresMaxAgeSeconds = 120;

const FiguresRef = builder.objectRef<Figures>("ActivityFigureTotals").implement({
  description: "活动数、场次、服务人数、报名人数 (issue 9 §6).",
  fields: (t) => ({
    activities: t.exposeInt("activities", {
      description: "Activities the public sees (cancelled and drafts not counted).",
    }),
    sessions: t.exposeInt("sessions", {
      description: "Sessions: as reported (sessions held) for reported activities, else the sessions not cancelled.",
    }),
    peopleServed: t.exposeFloat("peopleServed", { description: "People served, as reported (a whole number)." }),
    registrations: t.exposeInt("registrations", {
      description: "Confirmed registrations of the sessions not cancelled.",
    }),
    reported: t.exposeInt("reported", { description: "Activities whose results are reported." }),
  }),
});

interface NamedRow extends FigureRow {
  name: string | null;
  /** For rows by unit: the unit's id. */
  orgId?: string;
}

const FigureRowRef = builder.objectRef<NamedRow>("ActivityFigureRow").implement({
  description: "One group's figures: a category, a region, a Shanghai day or a unit below.",
  fields: (t) => ({
    key: t.exposeString("key", {
      nullable: true,
      description: "The category id, GB/T 2260 code, YYYY-MM-DD day or org id; null for activities without a region.",
    }),
    name: t.exposeString("name", { nullable: true, description: "The category's or region's Chinese name." }),
    org: t.field({
      type: OrgRef,
      nullable: true,
      description: "For rows by unit: the unit (resolved by organizations).",
      resolve: (row) => (row.orgId ? { id: row.orgId } : null),
    }),
    figures: t.field({ type: FiguresRef, resolve: (row) => row }),
  }),
});

interface FigureSetsShape {
  orgId: string;
  campaignId: string;
  total: Figures;
  byCategory: NamedRow[];
  byRegion: NamedRow[];
  byDay: NamedRow[];
  byOrg: NamedRow[];
}

const ActivityFiguresRef = builder.objectRef<FigureSetsShape>("ActivityFigures").implement({
  description: "A campaign's figures within a unit's subtree, rolled up the org tree live (issue 9 §6).",
  fields: (t) => ({
    org: t.field({ type: OrgRef, resolve: (sets) => ({ id: sets.orgId }) }),
    campaign: t.field({ type: CampaignRef, resolve: (sets) => ({ id: sets.campaignId }) }),
    total: t.field({ type: FiguresRef, resolve: (sets) => sets.total }),
    byCategory: t.field({ type: [FigureRowRef], resolve: (sets) => sets.byCategory }),
    byRegion: t.field({
      type: [FigureRowRef],
      description:
        "By the activity's region, one level below the unit's own (provinces for the nation, prefectures for a province, districts for a municipality).",
      resolve: (sets) => sets.byRegion,
    }),
    byDay: t.field({
      type: [FigureRowRef],
      description: "By the Shanghai day each activity starts, in day order.",
      resolve: (sets) => sets.byDay,
    }),
    byOrg: t.field({
      type: [FigureRowRef],
      description: "By the unit directly below the one asked for that each host sits under (its own under itself).",
      resolve: (sets) => sets.byOrg,
    }),
  }),
});

builder.queryField("activityFigures", (t) =>
  t.field({
    type: ActivityFiguresRef,
    description:
      "数据看板: a campaign's figures (a national edition with its regional ones) for a unit's whole subtree, live: for the unit's members and whoever administers it (中国科协 the nation, 重庆市科协 its subtree); FORBIDDEN otherwise.",
    args: { orgId: t.arg.id({ required: true }), campaignId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const place = await requirePlace(ctx.directory, String(args.orgId));
      if (!canSeeUnpublishedOf(ctx.viewer, place)) throw forbidden("只能查看本单位及下级单位的数据");
      const campaignId = String(args.campaignId);
      const sets = await activityFigures(ctx.db, campaignId, place.id, regionGroupDigits(place.regionCode));
      const categoryIds = sets.byCategory.map((row) => row.key).filter((key): key is string => key !== null);
      const categories = await ctx.db.activityCategory.findMany({
        where: { id: { in: categoryIds } },
        select: { id: true, nameZh: true },
      });
      const categoryName = new Map(categories.map((c) => [c.id, c.nameZh]));
      return {
        orgId: place.id,
        campaignId,
        total: sets.total,
        byCategory: sets.byCategory.map((row) => ({ ...row, name: categoryName.get(row.key ?? "") ?? "" })),
        byRegion: sets.byRegion.map((row) => ({
          ...row,
          name: row.key ? (regionName(row.key) ?? row.key) : "线上/未填地区",
        })),
        byDay: sets.byDay.map((row) => ({ ...row, name: row.key ?? "" })),
        byOrg: sets.byOrg.map((row) => ({ ...row, name: null, ...(row.key ? { orgId: row.key } : {}) })),
      };
    },
  }),
);

const CampaignFiguresRef = builder.objectRef<CampaignFigures>("CampaignFigures").implement({
  description: "A campaign's public big numbers (the campaign home): no personal data.",
  fields: (t) => ({
    activities: t.exposeInt("activities"),
    peopleServed: t.exposeFloat("peopleServed", { description: "As reported by the hosts (a whole number)." }),
    registrations: t.exposeInt("registrations"),
    regionsCovered: t.exposeInt("regionsCovered", { description: "Distinct counties and districts with an activity." }),
  }),
});

builder.objectField(CampaignRef, "figures", (t) =>
  t.field({
    type: CampaignFiguresRef,
    // Fails soft: a campaign page keeps its name and dates when activities does not answer.
    nullable: true,
    description:
      "Public big numbers of the campaign (a national edition includes its regional ones): activities, people served, registrations, regions covered. Cacheable for two minutes.",
    resolve: (campaign, _args, ctx, info) => {
      // Apollo Server's cache-control plugin puts it on info; the gateway folds it into the response's policy.
      (info as { cacheControl?: CacheControl }).cacheControl?.setCacheHint({
        maxAge: campaignFiguresMaxAgeSeconds,
        scope: "PUBLIC",
      });
      return campaignFigures(ctx.db, campaign.id);
    },
  }),
);
