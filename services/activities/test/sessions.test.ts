import type { Role } from "@kepu/auth";
import { graphql } from "@kepu/testing/graphql";
import { staticOrgDirectory } from "@kepu/testing/org-directory";
import { bootService } from "@kepu/testing/service";
import type { TestTokenSigner } from "@kepu/testing/signer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningService, seed, start } from "../src/index.js";

let service: RunningService;
let signer: TestTokenSigner;

const edition = "cmp-sessions";
const host = "org-sessions-host";

beforeAll(async () => {
  ({ service, signer } = await bootService(
    (base) =>
      start({
        ...base,
        directory: staticOrgDirectory([`/org-cast/${host}/`], {}, { campaigns: { [edition]: {} } }),
      }),
    seed,
  ));
  await service.prisma.activityCategory.create({
    data: {
      id: "cat-sessions-key",
      campaignId: edition,
      key: "KEY",
      kind: "KEY",
      nameZh: "重点活动",
      nameEn: "Key activity",
    },
  });
});
afterAll(async () => {
  await service?.close();
});

const tokenFor = (memberships: { org: string; roles: Role[] }[]) =>
  signer.sign({ sub: "user-sessions-editor", name: "t", adm: false, mem: memberships, rv: 0 }, 60);
const asEditor = () => tokenFor([{ org: host, roles: ["EDITOR"] }]);

const baseInput = {
  campaignId: edition,
  hostOrgId: host,
  title: "青少年机器人编程体验营",
  summary: "动手搭建并编程一台小车。",
  categoryId: "cat-sessions-key",
  forms: ["EXPERIMENT"],
  mode: "OFFLINE",
};

const createMutation = /* GraphQL */ `
  mutation ($input: CreateActivityInput!) {
    createActivity(input: $input) {
      id startsAt endsAt
      sessions { id startsAt endsAt capacity registrationRequired confirmedCount waitlistCount placesLeft cancelled }
    }
  }
`;
interface Created {
  createActivity: {
    id: string;
    startsAt: string;
    endsAt: string;
    sessions: {
      startsAt: string;
      endsAt: string;
      capacity: number | null;
      registrationRequired: boolean;
      placesLeft: number | null;
      cancelled: boolean;
    }[];
  };
}

describe("activities subgraph: sessions (场次)", () => {
  it("creates an activity with its sessions and derives its time as their envelope", async () => {
    const result = await graphql<Created>(service.url, createMutation, {
      token: await asEditor(),
      variables: {
        input: {
          ...baseInput,
          sessions: [
            {
              startsAt: "2030-09-21T14:00:00+08:00",
              endsAt: "2030-09-21T16:00:00+08:00",
              capacity: 30,
              registrationRequired: true,
            },
            { startsAt: "2030-09-20T09:30:00+08:00", endsAt: "2030-09-20T11:00:00+08:00" },
          ],
        },
      },
    });
    expect(result.errors).toBeUndefined();
    const created = result.data?.createActivity;
    expect(created?.startsAt).toBe("2030-09-20T01:30:00.000Z");
    expect(created?.endsAt).toBe("2030-09-21T08:00:00.000Z");
    expect(created?.sessions).toEqual([
      expect.objectContaining({
        startsAt: "2030-09-20T01:30:00.000Z",
        capacity: null,
        registrationRequired: false,
        placesLeft: null,
        cancelled: false,
      }),
      expect.objectContaining({
        startsAt: "2030-09-21T06:00:00.000Z",
        capacity: 30,
        registrationRequired: true,
        placesLeft: 30,
      }),
    ]);
  });

  it("makes one session from startsAt/endsAt when no sessions are given (existing clients)", async () => {
    const result = await graphql<Created>(service.url, createMutation, {
      token: await asEditor(),
      variables: {
        input: { ...baseInput, startsAt: "2030-09-20T09:30:00+08:00", endsAt: "2030-09-20T11:00:00+08:00" },
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createActivity.sessions).toEqual([
      expect.objectContaining({ startsAt: "2030-09-20T01:30:00.000Z", endsAt: "2030-09-20T03:00:00.000Z" }),
    ]);
  });

  it.each([
    [
      "times beside sessions",
      {
        startsAt: "2030-09-20T09:30:00+08:00",
        sessions: [{ startsAt: "2030-09-20T09:30:00+08:00", endsAt: "2030-09-20T11:00:00+08:00" }],
      },
      "startsAt",
    ],
    ["neither times nor sessions", {}, "startsAt"],
    ["an empty list of sessions", { sessions: [] }, "sessions"],
    [
      "a session ending before it starts",
      { sessions: [{ startsAt: "2030-09-20T11:00:00+08:00", endsAt: "2030-09-20T09:30:00+08:00" }] },
      "sessions.0.endsAt",
    ],
    [
      "registration without capacity",
      {
        sessions: [
          { startsAt: "2030-09-20T09:30:00+08:00", endsAt: "2030-09-20T11:00:00+08:00", registrationRequired: true },
        ],
      },
      "sessions.0.capacity",
    ],
    [
      "a capacity of 0",
      { sessions: [{ startsAt: "2030-09-20T09:30:00+08:00", endsAt: "2030-09-20T11:00:00+08:00", capacity: 0 }] },
      "sessions.0.capacity",
    ],
  ])("refuses %s with the field at fault and writes nothing", async (_name, overrides, field) => {
    const before = await service.prisma.activitySession.count();
    const result = await graphql(service.url, createMutation, {
      token: await asEditor(),
      variables: { input: { ...baseInput, ...overrides } },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const issues = result.errors?.[0]?.extensions?.issues as { path: string[] }[];
    expect(issues.map((issue) => issue.path.join("."))).toContain(`input.${field}`);
    expect(result.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await service.prisma.activitySession.count()).toBe(before);
  });

  it("gives every demo activity one session within its own time", async () => {
    const activities = await service.prisma.activity.findMany({ include: { sessions: true }, take: 500 });
    for (const activity of activities) {
      expect(activity.sessions.length).toBeGreaterThan(0);
      expect(Math.min(...activity.sessions.map((s) => s.startsAt.getTime()))).toBe(activity.startsAt.getTime());
    }
  });
});
