import { describe, expect, it } from "vitest";
import type { TrailFields } from "../graphql/trails.js";
import { trailFieldOf, trailStopsInputOf, trailValuesOf } from "./trail-form.js";

const trail = {
  id: "trl-1",
  title: "渝中科普联动打卡",
  summary: "走一站，打一卡。",
  status: "DRAFT",
  publishedAt: null,
  updatedAt: "2024-09-01T00:00:00.000Z",
  viewerCanManage: true,
  campaign: { id: "cmp-2024-cq", name: "2024年重庆市全国科普日" },
  stops: [
    {
      id: "stp-1",
      position: 1,
      title: "解放碑科普长廊",
      venue: "解放碑步行街",
      address: null,
      latitude: null,
      longitude: null,
      activity: null,
    },
    {
      id: "stp-2",
      position: 2,
      title: "青少年机器人编程体验营",
      venue: "重庆科技馆",
      address: null,
      latitude: 29.5,
      longitude: 106.5,
      activity: {
        id: "act-1",
        title: "青少年机器人编程体验营",
        startsAt: "2024-09-20T01:30:00.000Z",
        endsAt: "2024-09-20T03:00:00.000Z",
      },
    },
  ],
} as TrailFields;

describe("the trail editor's values", () => {
  it("reads a trail's stops in order as venue or activity stops, and a new trail as one empty activity stop", () => {
    expect(trailValuesOf(trail).stops).toEqual([
      { id: "stp-1", kind: "venue", title: "解放碑科普长廊", venue: "解放碑步行街", address: "" },
      { id: "stp-2", kind: "activity", activityId: "act-1" },
    ]);
    expect(trailValuesOf(null)).toEqual({ title: "", summary: "", stops: [{ kind: "activity" }] });
  });

  it("sends an activity stop by its activity only and a venue stop by its name, keeping stop ids", () => {
    expect(
      trailStopsInputOf([
        { kind: "activity", activityId: "act-1", title: "left over from a venue" },
        { id: "stp-1", kind: "venue", title: " 解放碑科普长廊 ", venue: "", address: " 民族路 " },
      ]),
    ).toEqual([{ activityId: "act-1" }, { id: "stp-1", title: "解放碑科普长廊", venue: null, address: "民族路" }]);
  });

  it("places the graph's refusals on the stop's field they name", () => {
    expect(trailFieldOf("stops.1.activityId")).toEqual(["stops", 1, "activityId"]);
    expect(trailFieldOf(["input", "stops", "0", "title"])).toEqual(["stops", 0, "title"]);
    expect(trailFieldOf("stops.2.latitude")).toEqual(["stops", 2, "title"]);
    expect(trailFieldOf("stops")).toEqual(["stops"]);
    expect(trailFieldOf("title")).toEqual(["title"]);
    expect(trailFieldOf("hostOrgId")).toBeNull();
    expect(trailFieldOf(null)).toBeNull();
  });
});
