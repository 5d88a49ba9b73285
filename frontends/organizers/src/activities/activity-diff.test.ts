import { describe, expect, it } from "vitest";
import type { OrganizerActivity } from "../graphql/activities.js";
import { pendingEditDiff } from "./activity-diff.js";
import { activityTemplateCsv, activityTemplateHeaders } from "./activity-template.js";

const text = {
  form: (value: string) => `form:${value}`,
  mode: (value: string) => `mode:${value}`,
  audience: (value: string) => `aud:${value}`,
  category: (category: { nameZh: string }) => category.nameZh,
  range: (start: string, end: string) => `${start}/${end}`,
};

const approved = {
  title: "全国科普日重庆主场活动",
  summary: "主场活动介绍。",
  category: { id: "c1", key: "MAIN", nameZh: "主场活动", nameEn: "Main venue" },
  programme: null,
  forms: ["EXHIBITION"],
  mode: "OFFLINE",
  topics: ["航天"],
  audiences: ["GENERAL_PUBLIC"],
  startsAt: "2024-09-20T01:30:00.000Z",
  endsAt: "2024-09-20T03:00:00.000Z",
  regionCode: "500103",
  venue: "重庆科技馆",
  address: "江北城文星门街7号",
  latitude: 29.5791,
  longitude: 106.5794,
  livestreamUrl: null,
  coHosts: [],
  coverAssetId: "a1",
};

describe("a pending edit against the approved row", () => {
  it("lists only what the edit changes, approved value first; a category left out is unchanged", () => {
    const activity = {
      ...approved,
      pendingEdit: {
        ...approved,
        category: null,
        title: "全国科普日重庆主场活动（改期）",
        startsAt: "2024-09-21T01:30:00.000Z",
        endsAt: "2024-09-21T03:00:00.000Z",
        venue: "重庆自然博物馆",
        forms: ["EXHIBITION", "LECTURE"],
      },
    } as unknown as OrganizerActivity;
    expect(pendingEditDiff(activity, text)).toEqual([
      { field: "title", before: "全国科普日重庆主场活动", after: "全国科普日重庆主场活动（改期）" },
      { field: "forms", before: "form:EXHIBITION", after: "form:EXHIBITION、form:LECTURE" },
      {
        field: "time",
        before: "2024-09-20T01:30:00.000Z/2024-09-20T03:00:00.000Z",
        after: "2024-09-21T01:30:00.000Z/2024-09-21T03:00:00.000Z",
      },
      { field: "venue", before: "重庆科技馆", after: "重庆自然博物馆" },
    ]);
  });

  it("is empty without a pending edit, or for one that changes nothing public", () => {
    expect(pendingEditDiff({ ...approved, pendingEdit: null } as unknown as OrganizerActivity, text)).toEqual([]);
    const same = { ...approved, pendingEdit: { ...approved } } as unknown as OrganizerActivity;
    expect(pendingEditDiff(same, text)).toEqual([]);
  });
});

describe("the activity import template", () => {
  it("has the server's columns, a byte-order mark and an example row in the unit's region", () => {
    const csv = activityTemplateCsv({ category: "千馆展览探未来", regionCode: "500103", year: 2024 });
    expect(csv.startsWith("\uFEFF活动名称,活动简介,活动类别")).toBe(true);
    const [header, example] = csv.slice(1).trim().split("\r\n");
    expect(header?.split(",")).toEqual([...activityTemplateHeaders]);
    expect(example?.split(",")).toHaveLength(activityTemplateHeaders.length);
    expect(example).toContain("千馆展览探未来");
    expect(example).toContain("2024-09-20 09:30");
    expect(example).toContain("500103");
  });
});
