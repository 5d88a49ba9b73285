import type { Role } from "@kepu/auth";
import { graphql } from "@kepu/testing/graphql";
import { staticOrgDirectory } from "@kepu/testing/org-directory";
import { bootService } from "@kepu/testing/service";
import type { TestTokenSigner } from "@kepu/testing/signer";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningService, seed, start } from "../src/index.js";

/**
 * Issue 9 §3: units publish dozens at once from XLSX, with a row-by-row report, all or nothing, by
 * the same rules as createActivity (category of the campaign, region within the host's, times).
 */
let service: RunningService;
let signer: TestTokenSigner;

const edition = "cmp-imp";
const regional = "cmp-imp-cq";
const district = "org-imp-yz";

beforeAll(async () => {
  ({ service, signer } = await bootService(
    (base) =>
      start({
        ...base,
        directory: staticOrgDirectory(
          ["/org-cast/org-imp-cq/", `/org-cast/org-imp-cq/${district}/`],
          {},
          {
            facts: { [district]: { kind: "ASSOCIATION", level: "COUNTY", regionCode: "500103" } },
            campaigns: {
              [edition]: {},
              [regional]: { editionId: edition, lineageIds: [regional, edition], regionOrgId: "org-imp-cq" },
            },
          },
        ),
      }),
    seed,
  ));
  await service.prisma.activityCategory.createMany({
    data: [
      {
        id: "cat-imp-lectures",
        campaignId: edition,
        key: "LECTURES",
        kind: "KEY",
        nameZh: "万场报告话前沿",
        nameEn: "L",
      },
      {
        id: "cat-imp-women",
        campaignId: regional,
        key: "WOMEN",
        kind: "JOINT_ACTION",
        nameZh: "巾帼科普",
        nameEn: "W",
      },
    ],
  });
});
afterAll(async () => {
  await service?.close();
});

const editor = (org = district) =>
  signer.sign({ sub: "user-imp", name: "t", adm: false, mem: [{ org, roles: ["EDITOR"] as Role[] }], rv: 0 }, 60);

const header = [
  "活动名称",
  "活动简介",
  "活动类别",
  "活动形式",
  "线上线下",
  "面向对象",
  "开始时间",
  "结束时间",
  "名额",
  "行政区划代码",
  "活动地点",
  "详细地址",
  "纬度",
  "经度",
];
const good = (n: number) => [
  `社区科普讲座第${n}场`,
  "面向社区居民的防灾避险科普讲座，现场演示。",
  n % 2 ? "万场报告话前沿" : "巾帼科普",
  "报告、实验",
  "线下",
  "社会公众、老年人",
  `2030-09-${String(15 + (n % 10)).padStart(2, "0")} 09:30`,
  `2030-09-${String(15 + (n % 10)).padStart(2, "0")} 11:00`,
  n % 3 ? "" : "50",
  "500103",
  `解放碑社区活动中心${n}`,
  "重庆市渝中区民族路177号",
  "29.5575",
  "106.5772",
];

async function xlsx(rows: (string | number | Date)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("活动");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

const mutation = /* GraphQL */ `
  mutation ($input: ImportActivitiesInput!) {
    importActivities(input: $input) { accepted dryRun createdCount activityIds rows { row title ok errors } }
  }
`;
interface Report {
  importActivities: {
    accepted: boolean;
    createdCount: number;
    activityIds: string[];
    rows: { row: number; ok: boolean; errors: string[] }[];
  };
}

const importFile = async (fileBase64: string, token: string, dryRun = false) =>
  graphql<Report>(service.url, mutation, {
    variables: { input: { campaignId: regional, hostOrgId: district, format: "XLSX", fileBase64, dryRun } },
    token,
  });

describe("importActivities (XLSX)", () => {
  it("imports 40 rows as drafts with their sessions, each audited", async () => {
    const file = await xlsx([header, ...Array.from({ length: 40 }, (_, i) => good(i + 1))]);
    const result = await importFile(file, await editor());
    expect(result.errors).toBeUndefined();
    const report = result.data?.importActivities;
    expect(report).toMatchObject({ accepted: true, createdCount: 40 });
    const rows = await service.prisma.activity.findMany({
      where: { id: { in: report?.activityIds ?? [] } },
      include: { sessions: true, events: true },
    });
    expect(rows).toHaveLength(40);
    const third = rows.find((r) => r.title === "社区科普讲座第3场");
    expect(third).toMatchObject({
      status: "DRAFT",
      categoryId: "cat-imp-lectures",
      categoryKind: "KEY",
      forms: ["LECTURE", "EXPERIMENT"],
      audiences: ["GENERAL_PUBLIC", "ELDERLY"],
      hostOrgId: district,
      editionId: edition,
    });
    // 09:30 in Shanghai is 01:30Z.
    expect(third?.startsAt.toISOString()).toBe("2030-09-18T01:30:00.000Z");
    expect(third?.sessions).toHaveLength(1);
    expect(third?.sessions[0]).toMatchObject({ capacity: 50, registrationRequired: true });
    expect(third?.events.map((e) => e.action)).toEqual(["IMPORT"]);
  });

  it("writes nothing when one row is wrong, and names every row and column to fix", async () => {
    const before = await service.prisma.activity.count();
    const bad = [
      good(1),
      ["夜", ...good(2).slice(1)], // title too short
      [...good(3).slice(0, 2), "没有的类别", ...good(3).slice(3)],
      [...good(4).slice(0, 6), "2030-09-20 25:00", ...good(4).slice(7)],
      [...good(5).slice(0, 9), "430105", ...good(5).slice(10)], // 长沙 for a 渝中区 host
      [...good(6).slice(0, 12), "106", "29.5"], // latitude 106
      good(7),
      [...good(8).slice(0, 12), "39.9087", "116.3975"], // a 渝中区 point in Beijing
    ];
    const result = await importFile(await xlsx([header, ...bad]), await editor());
    expect(result.errors).toBeUndefined();
    const report = result.data?.importActivities;
    expect(report?.accepted).toBe(false);
    expect(report?.createdCount).toBe(0);
    expect(report?.rows.map((r) => r.ok)).toEqual([true, false, false, false, false, false, true, false]);
    const errors = (row: number) => report?.rows.find((r) => r.row === row)?.errors.join(" ") ?? "";
    expect(errors(3)).toMatch(/第3行「活动名称」：活动名称至少2个字符/);
    expect(errors(4)).toMatch(/第4行「活动类别」：本届次没有「没有的类别」/);
    expect(errors(5)).toMatch(/第5行「开始时间」/);
    expect(errors(6)).toMatch(/第6行「行政区划代码」：活动所在地区须在主办单位所在地区/);
    expect(errors(7)).toMatch(/第7行「纬度」/);
    expect(errors(9)).toMatch(
      /第9行「纬度」：坐标（纬度 39.9087，经度 116.3975）不在行政区划 500103 所属的重庆市范围内/,
    );
    expect(await service.prisma.activity.count()).toBe(before);
  });

  it("reports on a dry run without writing, and refuses another unit's editor", async () => {
    const before = await service.prisma.activity.count();
    const file = await xlsx([header, good(1)]);
    const dry = await importFile(file, await editor(), true);
    expect(dry.data?.importActivities).toMatchObject({ accepted: true, createdCount: 0 });
    const stranger = await importFile(file, await editor("org-imp-cq-other"));
    expect(stranger.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|BAD_USER_INPUT/);
    expect(await service.prisma.activity.count()).toBe(before);
  });

  it("refuses a file without the required columns, or not a spreadsheet, saying why", async () => {
    const noCategory = await importFile(await xlsx([header.filter((h) => h !== "活动类别"), good(1)]), await editor());
    expect(noCategory.errors?.[0]?.message).toMatch(/表头缺少：「活动类别」/);
    const garbage = await importFile(Buffer.from("not a spreadsheet").toString("base64"), await editor());
    expect(garbage.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "fileBase64" });
  });
});
