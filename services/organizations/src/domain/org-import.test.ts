import { describe, expect, it } from "vitest";
import {
  checkFileSize,
  type ExistingOrg,
  type ImportLookups,
  type ImportRecord,
  maxImportBytes,
  maxImportDepth,
  maxImportRows,
  planImport,
  readSheet,
  type SheetRow,
} from "./org-import.js";
import { checkRegionCode } from "./regions.js";

const header = ["名称", "类型", "层级", "上级单位", "行政区划代码", "联系人", "电话", "邮箱"];
const sheet = (...rows: string[][]): SheetRow[] => [header, ...rows].map((cells, i) => ({ row: i + 1, cells }));

function records(...rows: string[][]): ImportRecord[] {
  const reading = readSheet(sheet(...rows));
  if (!reading.ok) throw new Error(reading.message);
  return reading.records;
}

const root: ExistingOrg = {
  id: "org-cq",
  name: "重庆市科协",
  inImportSubtree: true,
  administered: true,
  region: "500000",
};
const yuzhong: ExistingOrg = {
  id: "org-cq-yuzhong",
  name: "渝中区科协",
  inImportSubtree: true,
  administered: true,
  region: "500103",
};
const hunan: ExistingOrg = {
  id: "org-hn",
  name: "湖南省科协",
  inImportSubtree: false,
  administered: false,
  region: "430000",
};

function lookups(overrides: Partial<ImportLookups> = {}): ImportLookups {
  const taken = new Set(["org-cq\u0000重庆科技馆"]);
  return {
    root,
    existing: [yuzhong, hunan],
    hasChildNamed: (parentId, name) => taken.has(`${parentId}\u0000${name}`),
    ...overrides,
  };
}

describe("the region rule in the import", () => {
  it("refuses a 长沙 code (430102) under a 重庆 unit, directly or under a row of the file, and takes 重庆's own", () => {
    const plan = planImport(
      records(
        ["芙蓉区某科协", "科协", "县级", "org-cq-yuzhong", "430102", "", "", ""],
        ["渝中区某街道科协", "科协", "基层", "org-cq-yuzhong", "500103", "", "", ""],
        ["新区科协", "科协", "县级", "", "", "", "", ""],
        ["新区下的长沙单位", "科协", "基层", "新区科协", "430102", "", "", ""],
        ["邻区单位", "科协", "基层", "渝中区某街道科协", "500106", "", "", ""],
      ),
      lookups(),
    );
    const errorsOf = (row: number) => plan.rows.find((r) => r.row === row)?.errors ?? [];
    expect(errorsOf(2)).toEqual([
      expect.stringMatching(/^第2行：行政区划代码 430102（芙蓉区）不在上级单位所在地区 500103/),
    ]);
    expect(errorsOf(3)).toEqual([]);
    expect(errorsOf(4)).toEqual([]);
    expect(errorsOf(5)).toEqual([
      expect.stringMatching(/^第5行：行政区划代码 430102（芙蓉区）不在上级单位所在地区 500000/),
    ]);
    expect(errorsOf(6)).toEqual([expect.stringMatching(/不在上级单位所在地区 500103/)]);
    expect(plan.accepted).toBe(false);
  });
});

describe("reading the sheet", () => {
  it("takes columns in any order by Chinese name or English alias, and skips blank rows", () => {
    const reading = readSheet([
      { row: 1, cells: ["Kind", "名称*", "notes", " level "] },
      { row: 2, cells: ["学会", " 重庆市青少年科技教育协会 ", "ignored", "省级"] },
      { row: 3, cells: ["", "", "", ""] },
      { row: 4, cells: ["SOCIETY", "重庆市气象学会", "", "PROVINCIAL"] },
    ]);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.records.map((r) => [r.row, r.name, r.kind, r.level, r.phone])).toEqual([
      [2, "重庆市青少年科技教育协会", "学会", "省级", ""],
      [4, "重庆市气象学会", "SOCIETY", "PROVINCIAL", ""],
    ]);
  });

  it("refuses a file without a 名称 column, an empty one, a repeated column and too many rows", () => {
    const noName = readSheet([{ row: 1, cells: ["类型", "层级"] }]);
    expect(noName).toMatchObject({ ok: false, message: expect.stringContaining("没有「名称」列") });
    expect(readSheet([])).toMatchObject({ ok: false, message: expect.stringContaining("空") });
    expect(readSheet([{ row: 1, cells: ["名称"] }])).toMatchObject({
      ok: false,
      message: expect.stringContaining("没有"),
    });
    const twice = readSheet([{ row: 1, cells: ["名称", "name"] }]);
    expect(twice).toMatchObject({ ok: false, message: expect.stringContaining("「名称」列出现了不止一次") });
    const many: SheetRow[] = [{ row: 1, cells: ["名称"] }];
    for (let i = 0; i <= maxImportRows; i += 1) many.push({ row: i + 2, cells: [`单位${i}`] });
    expect(readSheet(many)).toMatchObject({ ok: false, message: expect.stringContaining("5001 行") });
    expect(readSheet(many.slice(0, maxImportRows + 1)).ok).toBe(true);
  });

  it("refuses files over 5 MB", () => {
    expect(checkFileSize(maxImportBytes)).toBeNull();
    expect(checkFileSize(maxImportBytes + 1)).toContain("5 MB");
  });
});

describe("region codes", () => {
  it("knows GB/T 2260 codes and refuses made-up codes and function zones", () => {
    expect(checkRegionCode("500103")).toEqual({ ok: true, name: "渝中区" });
    expect(checkRegionCode("430000")).toEqual({ ok: true, name: "湖南省" });
    expect(checkRegionCode("999999")).toMatchObject({ ok: false, reason: "UNKNOWN" });
    expect(checkRegionCode("43010")).toMatchObject({ ok: false, reason: "MALFORMED" });
    expect(checkRegionCode("130171")).toMatchObject({ ok: false, reason: "FUNCTION_ZONE" });
  });
});

describe("planning an import", () => {
  it("accepts a tree of new units under the root, existing units and earlier rows, parents first", () => {
    const plan = planImport(
      records(
        ["重庆市青少年科技教育协会", "学会", "省级", "", "500000", "王芳", "023-60000301", "wang@example.org"],
        ["协会渝中分会", "SOCIETY", "COUNTY", "重庆市青少年科技教育协会", "500103", "", "", ""],
        ["协会渝中分会解放碑站", "其他", "基层", "协会渝中分会", "", "李强", "138 0013 8000", ""],
        ["渝中区科普基地", "科普基地", "县级", "渝中区科协", "", "", "", ""],
        ["直属基地", "BASE", "COUNTY", "org-cq-yuzhong", "", "", "", ""],
      ),
      lookups(),
    );
    expect(plan.rows.filter((r) => !r.ok)).toEqual([]);
    expect(plan.accepted).toBe(true);
    expect(plan.orgs.map((o) => [o.row, o.kind, o.level, o.parent, o.depth])).toEqual([
      [2, "SOCIETY", "PROVINCIAL", { kind: "existing", id: "org-cq" }, 0],
      [3, "SOCIETY", "COUNTY", { kind: "row", row: 2 }, 1],
      [4, "OTHER", "GRASSROOTS", { kind: "row", row: 3 }, 2],
      [5, "BASE", "COUNTY", { kind: "existing", id: "org-cq-yuzhong" }, 0],
      [6, "BASE", "COUNTY", { kind: "existing", id: "org-cq-yuzhong" }, 0],
    ]);
    expect(plan.orgs[0]?.contact).toEqual({
      name: "王芳",
      title: null,
      phone: "023-60000301",
      email: "wang@example.org",
    });
    expect(plan.orgs[2]?.contact?.phone).toBe("13800138000");
    expect(plan.orgs[1]?.contact).toBeNull();
  });

  it("names every problem of every row, and plans nothing when one row is bad", () => {
    const plan = planImport(
      records(
        ["好单位", "学会", "省级", "", "", "", "", ""],
        ["", "学会", "省级", "", "", "", "", ""],
        ["类型不明", "研究所", "市级", "", "", "", "", ""],
        ["区划错误", "学会", "省级", "", "999999", "", "", ""],
        ["上级不明", "学会", "省级", "不存在的单位", "", "", "", ""],
        ["好单位", "学会", "省级", "", "", "", "", ""],
        ["重庆科技馆", "科技馆", "省级", "", "", "", "", ""],
        ["联系方式错误", "学会", "省级", "", "", "张三", "12345", "not-mail"],
        ["越权", "学会", "省级", "org-hn", "", "", "", ""],
        ["无名联系人", "学会", "省级", "", "", "", "13800138000", ""],
        ["", "", "", "", "", "", "", "x"],
      ),
      lookups(),
    );
    expect(plan.accepted).toBe(false);
    expect(plan.orgs).toEqual([]);
    const errorsOf = (row: number) => plan.rows.find((r) => r.row === row)?.errors ?? [];
    expect(plan.rows[0]).toEqual({ row: 2, name: "好单位", ok: true, errors: [] });
    expect(errorsOf(3)).toEqual(["第3行：请填写单位名称"]);
    expect(plan.rows[1]?.name).toBeNull();
    expect(errorsOf(4)).toEqual([
      expect.stringMatching(/^第4行：类型「研究所」无法识别，应为 科协、学会、.*其他 之一$/),
      expect.stringMatching(/^第4行：层级「市级」无法识别/),
    ]);
    expect(errorsOf(5)).toEqual([expect.stringMatching(/^第5行：行政区划代码 999999 不存在/)]);
    expect(errorsOf(6)).toEqual([expect.stringMatching(/^第6行：上级单位「不存在的单位」不存在/)]);
    expect(errorsOf(7)).toEqual(["第7行：与第2行重复：同一上级单位下不能有两个「好单位」"]);
    expect(errorsOf(8)).toEqual(["第8行：「重庆市科协」下已有同名单位「重庆科技馆」，不能重复导入"]);
    expect(errorsOf(9)).toEqual([
      expect.stringMatching(/^第9行：电话「12345」格式不正确/),
      expect.stringMatching(/^第9行：邮箱「not-mail」格式不正确/),
    ]);
    expect(errorsOf(10)).toEqual(["第10行：无权在「湖南省科协」下新建单位：只能导入到您管理的单位之下"]);
    expect(errorsOf(11)).toEqual(["第11行：填写了联系人的职务、电话或邮箱，请同时填写联系人姓名"]);
    expect(errorsOf(12)).toContain("第12行：请填写单位名称");
  });

  it("wants a parent row before its children, and refuses ambiguous parent names", () => {
    const plan = planImport(
      records(
        ["分会", "学会", "县级", "总会", "", "", "", ""],
        ["总会", "学会", "省级", "", "", "", "", ""],
        ["同名", "学会", "省级", "", "", "", "", ""],
        ["同名", "学会", "县级", "总会", "", "", "", ""],
        ["子单位", "学会", "基层", "同名", "", "", "", ""],
        ["渝中区科协", "学会", "县级", "总会", "", "", "", ""],
        ["孙单位", "学会", "基层", "渝中区科协", "", "", "", ""],
      ),
      lookups(),
    );
    const errorsOf = (row: number) => plan.rows.find((r) => r.row === row)?.errors ?? [];
    expect(errorsOf(2)).toEqual(["第2行：上级单位「总会」在第3行，请把它移到本行之前"]);
    expect(errorsOf(5)).toEqual([]);
    expect(errorsOf(6)).toEqual([expect.stringContaining("上级单位「同名」有重名（本文件第4、5行）")]);
    expect(errorsOf(8)).toEqual([
      expect.stringContaining("上级单位「渝中区科协」有重名（本文件第7行，已有单位 1 个）"),
    ]);
  });

  it("refuses a chain of parents deeper than the limit (a 上级单位 typed wrong)", () => {
    const chain = Array.from({ length: maxImportDepth + 1 }, (_, i) => [
      `单位${i}`,
      "其他",
      "基层",
      i === 0 ? "" : `单位${i - 1}`,
      "",
      "",
      "",
      "",
    ]);
    const plan = planImport(records(...chain), lookups());
    expect(plan.rows.filter((r) => !r.ok).map((r) => r.errors)).toEqual([
      [`第${maxImportDepth + 2}行：本文件中的上下级嵌套超过 ${maxImportDepth} 层，请检查上级单位是否填错`],
    ]);
    expect(planImport(records(...chain.slice(0, maxImportDepth)), lookups()).orgs.at(-1)?.depth).toBe(
      maxImportDepth - 1,
    );
  });
});
