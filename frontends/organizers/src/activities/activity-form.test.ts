import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import type { OrganizerActivity } from "../graphql/activities.js";
import { regionFits } from "../validation.js";
import {
  type ActivityFormValues,
  contentInputOf,
  createInputOf,
  formFieldOf,
  sessionInputOf,
  submissionGaps,
  valuesOf,
} from "./activity-form.js";

const values: ActivityFormValues = {
  campaignId: "cmp-2024-cq",
  title: " 青少年机器人编程体验营 ",
  summary: "动手搭建智能小车，体验编程的乐趣。",
  categoryId: "cat-1",
  programme: "",
  forms: ["EXPERIMENT"],
  mode: "OFFLINE",
  topics: ["人工智能"],
  audiences: ["CHILDREN_AND_TEENAGERS"],
  regionCode: "500103",
  venue: "重庆科技馆",
  address: "重庆市江北区江北城文星门街7号",
  point: { latitude: 29.5791, longitude: 106.5794, coordinateSystem: "GCJ02" },
  livestreamUrl: "https://live.example.org/x",
  coHostOrgIds: [],
  contactName: "陈刚",
  contactPhone: "023-60000211",
  contactEmail: "",
  sessions: [
    {
      range: [dayjs("2024-09-20T09:30"), dayjs("2024-09-20T11:00")],
      registrationRequired: true,
      capacity: 2,
    },
    { range: [dayjs("2024-09-21T23:30"), dayjs("2024-09-22T01:00")], registrationRequired: false, capacity: 50 },
  ],
};

describe("the activity form's input", () => {
  it("sends each session's Shanghai wall clock with +08:00, whatever the browser's zone", () => {
    const input = createInputOf(values, "org-cq-yuzhong", "asset-1");
    expect(input.sessions).toEqual([
      {
        startsAt: "2024-09-20T09:30:00+08:00",
        endsAt: "2024-09-20T11:00:00+08:00",
        registrationRequired: true,
        capacity: 2,
      },
      // Across midnight; no registration, so no places are sent.
      {
        startsAt: "2024-09-21T23:30:00+08:00",
        endsAt: "2024-09-22T01:00:00+08:00",
        registrationRequired: false,
        capacity: null,
      },
    ]);
    // 09:30 in Shanghai is 01:30Z.
    expect(new Date(input.sessions?.[0]?.startsAt as string).toISOString()).toBe("2024-09-20T01:30:00.000Z");
    expect(input).toMatchObject({ campaignId: "cmp-2024-cq", hostOrgId: "org-cq-yuzhong", coverAssetId: "asset-1" });
    expect(input.title).toBe("青少年机器人编程体验营");
    expect(input.startsAt).toBeUndefined();
  });

  it("sends a point picked on a Chinese map as GCJ02, a typed one as WGS84, and never half a point", () => {
    expect(contentInputOf(values, { withSessions: false })).toMatchObject({
      latitude: 29.5791,
      longitude: 106.5794,
      coordinateSystem: "GCJ02",
    });
    const typed = { ...values, point: { latitude: 29.56, longitude: 106.57, coordinateSystem: "WGS84" as const } };
    expect(contentInputOf(typed, { withSessions: false }).coordinateSystem).toBe("WGS84");
    const half = { ...values, point: { latitude: 29.56, longitude: null, coordinateSystem: "WGS84" as const } };
    const sent = contentInputOf(half, { withSessions: false });
    expect(sent.latitude).toBeUndefined();
    expect(sent.longitude).toBeUndefined();
  });

  it("leaves out what the mode does not use, empty texts, and sessions of an activity the public has seen", () => {
    const offline = contentInputOf(values, { withSessions: false });
    expect(offline.livestreamUrl).toBeUndefined();
    expect(offline.programme).toBeUndefined();
    expect(offline.contactEmail).toBeUndefined();
    expect(offline).not.toHaveProperty("sessions");
    const online = contentInputOf({ ...values, mode: "ONLINE" }, { withSessions: true });
    expect(online.venue).toBeUndefined();
    expect(online.regionCode).toBeUndefined();
    expect(online.latitude).toBeUndefined();
    expect(online.livestreamUrl).toBe("https://live.example.org/x");
    expect(online.sessions).toHaveLength(2);
  });

  it("refuses a session without its times (the form's checks let none through)", () => {
    expect(() => sessionInputOf({ range: null, registrationRequired: false, capacity: null })).toThrow(RangeError);
  });

  it("reads a stored activity back: UTC instants as Shanghai wall clock, the pending edit first", () => {
    const activity = {
      id: "a1",
      title: "旧标题",
      summary: "已发布的简介内容。",
      category: { id: "cat-1", key: "K", nameZh: "", nameEn: "" },
      programme: null,
      forms: ["LECTURE"],
      mode: "OFFLINE",
      topics: [],
      audiences: [],
      regionCode: "500103",
      venue: "旧地点",
      address: "旧地址",
      latitude: 29.55,
      longitude: 106.57,
      livestreamUrl: null,
      coHosts: [{ id: "org-2", name: "某学会" }],
      campaign: { id: "cmp-2024-cq", name: "" },
      contact: { name: "陈刚", phone: null, email: null },
      sessions: [
        {
          id: "s1",
          startsAt: "2024-09-20T01:30:00.000Z",
          endsAt: "2024-09-20T03:00:00.000Z",
          capacity: 30,
          registrationRequired: true,
          cancelled: false,
        },
        { id: "s2", startsAt: "2024-09-21T01:30:00.000Z", endsAt: "2024-09-21T03:00:00.000Z", cancelled: true },
      ],
      pendingEdit: {
        title: "新标题",
        summary: "修改后的简介内容。",
        category: null,
        programme: null,
        forms: ["LECTURE"],
        mode: "HYBRID",
        topics: [],
        audiences: [],
        regionCode: "500103",
        venue: "新地点",
        address: "新地址",
        latitude: 29.56,
        longitude: 106.58,
        livestreamUrl: "https://live.example.org/y",
        coHosts: [],
      },
    } as unknown as OrganizerActivity;
    const read = valuesOf(activity, (wallClock) => dayjs(wallClock));
    expect(read.title).toBe("新标题");
    expect(read.venue).toBe("新地点");
    expect(read.categoryId).toBe("cat-1");
    expect(read.point).toEqual({ latitude: 29.56, longitude: 106.58, coordinateSystem: "WGS84" });
    expect(read.sessions).toHaveLength(1);
    expect(read.sessions[0]?.range?.map((value) => value.format("YYYY-MM-DDTHH:mm"))).toEqual([
      "2024-09-20T09:30",
      "2024-09-20T11:00",
    ]);
    expect(read.contactName).toBe("陈刚");
    // And back out unchanged, by its id (a published activity's moved session stays the same one).
    expect(sessionInputOf(read.sessions[0] as never)).toMatchObject({
      id: "s1",
      startsAt: "2024-09-20T09:30:00+08:00",
    });
    // An edit in review with a session plan starts from the plan: existing ones by id, new ones without.
    const planned = valuesOf(
      {
        ...activity,
        pendingEdit: {
          ...activity.pendingEdit,
          sessions: [
            {
              sessionId: "s1",
              startsAt: "2024-09-20T02:00:00.000Z",
              endsAt: "2024-09-20T03:00:00.000Z",
              capacity: 30,
              registrationRequired: true,
            },
            {
              sessionId: null,
              startsAt: "2024-09-22T01:30:00.000Z",
              endsAt: "2024-09-22T03:00:00.000Z",
              capacity: null,
              registrationRequired: false,
            },
          ],
        },
      } as unknown as OrganizerActivity,
      (wallClock) => dayjs(wallClock),
    );
    expect(planned.sessions.map((session) => sessionInputOf(session))).toEqual([
      {
        id: "s1",
        startsAt: "2024-09-20T10:00:00+08:00",
        endsAt: "2024-09-20T11:00:00+08:00",
        registrationRequired: true,
        capacity: 30,
      },
      {
        startsAt: "2024-09-22T09:30:00+08:00",
        endsAt: "2024-09-22T11:00:00+08:00",
        registrationRequired: false,
        capacity: null,
      },
    ]);
  });
});

describe("the submission rule, mirrored", () => {
  it("marks every gap at once: summary, place and point on site, a livestream link online", () => {
    expect(submissionGaps(values)).toEqual([]);
    const bare = {
      ...values,
      summary: "太短",
      mode: "HYBRID" as const,
      venue: "",
      address: " ",
      regionCode: "",
      point: { latitude: null, longitude: null, coordinateSystem: "WGS84" as const },
      livestreamUrl: "",
    };
    expect(submissionGaps(bare)).toEqual(["summary", "venue", "address", "regionCode", "point", "livestreamUrl"]);
    expect(submissionGaps({ ...bare, summary: values.summary, mode: "ONLINE" })).toEqual(["livestreamUrl"]);
  });

  it("fits a region code in the host's region as the server does", () => {
    expect(regionFits("500103", "500000")).toBe(true);
    expect(regionFits("430102", "500000")).toBe(false);
    expect(regionFits("500103", "500103")).toBe(true);
    expect(regionFits("500106", "500103")).toBe(false);
    expect(regionFits("990103", null)).toBe(false);
    expect(regionFits("430102", null)).toBe(true);
  });
});

describe("the server's refusals, placed on the form", () => {
  it("puts a named field, an issue path or a session's time on the field to fix", () => {
    expect(formFieldOf({ code: "BAD_USER_INPUT", field: "regionCode" })).toEqual(["regionCode"]);
    expect(formFieldOf({ field: "latitude" })).toEqual(["point"]);
    expect(formFieldOf({ issues: [{ path: ["input", "sessions", "0", "endsAt"], message: "x" }] })).toEqual([
      "sessions",
      0,
      "range",
    ]);
    expect(formFieldOf({ issues: [{ path: ["input", "sessions", "1", "capacity"] }] })).toEqual([
      "sessions",
      1,
      "capacity",
    ]);
    expect(formFieldOf({ issues: [{ path: ["input", "contactPhone"] }] })).toEqual(["contactPhone"]);
    expect(formFieldOf({ field: "hostOrgId" })).toEqual(["campaignId"]);
    expect(formFieldOf({ code: "FORBIDDEN" })).toBeNull();
    expect(formFieldOf(undefined)).toBeNull();
  });
});
