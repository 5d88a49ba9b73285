import { graphql } from "@kepu/testing/graphql";
import type { TestTokenSigner } from "@kepu/testing/signer";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningService } from "../src/index.js";
import { bootOrganizations } from "./boot.js";

let service: RunningService;
let signer: TestTokenSigner;

beforeAll(async () => {
  ({ service, signer } = await bootOrganizations());
});
afterAll(async () => {
  await service?.close();
});

const adminOf = (org: string) =>
  signer.sign({ sub: "demo-organizer", name: "t", adm: false, mem: [{ org, roles: ["ORG_ADMIN"] }] }, 60);

interface Report {
  accepted: boolean;
  dryRun: boolean;
  createdCount: number;
  rows: { row: number; name: string | null; ok: boolean; errors: string[] }[];
}

const mutation = `mutation ($input: ImportOrgsInput!) {
  importOrgs(input: $input) { accepted dryRun createdCount rows { row name ok errors } }
}`;

async function importOrgs(
  input: { parentId: string; format: "CSV" | "XLSX"; fileBase64: string; dryRun?: boolean },
  token?: string,
) {
  return graphql<{ importOrgs: Report }>(service.url, mutation, { variables: { input }, ...(token ? { token } : {}) });
}

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString("base64");
const csv = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;
const header = "名称,简称,类型,层级,上级单位,行政区划代码,地址,联系人,职务,电话,邮箱";

/** What Excel in China writes as "CSV": GBK bytes. Encoded through the decoder's own table. */
function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder("gbk");
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== "\ufffd" && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return new Uint8Array(
    [...text].flatMap((char) => {
      const code = char.codePointAt(0) ?? 0;
      if (code < 0x80) return [code];
      const bytes = table.get(char);
      if (!bytes) throw new Error(`not in GBK: ${char}`);
      return bytes;
    }),
  );
}

const countOrgs = () => service.prisma.org.count();
const importAudits = () => service.prisma.auditEvent.count({ where: { action: "ORGS_IMPORTED" } });

describe("importOrgs", () => {
  it("imports a UTF-8 CSV (with BOM): units in a tree, their contacts and one audit row", async () => {
    const file = `\ufeff${csv(
      header,
      "重庆市青少年科技教育协会,青科协,学会,省级,,500000,重庆市渝北区,王芳,秘书长,023-60000301,wang@example.org",
      "青科协渝中分会,,SOCIETY,COUNTY,重庆市青少年科技教育协会,500103,,,,,",
      '"青科协渝中分会解放碑站",,其他,基层,青科协渝中分会,,"解放碑, 1号",李强,,138 0013 8000,',
      "渝中区青少年科技活动中心,,科普基地,县级,渝中区科协,,,,,,",
    )}`;
    const before = await countOrgs();
    const result = await importOrgs(
      { parentId: "org-cq", format: "CSV", fileBase64: base64(file) },
      await adminOf("org-cq"),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importOrgs).toMatchObject({ accepted: true, dryRun: false, createdCount: 4 });
    expect(result.data?.importOrgs.rows.map((r) => [r.row, r.ok])).toEqual([
      [2, true],
      [3, true],
      [4, true],
      [5, true],
    ]);
    expect(await countOrgs()).toBe(before + 4);

    const society = await service.prisma.org.findFirstOrThrow({
      where: { name: "重庆市青少年科技教育协会" },
      include: { contacts: true },
    });
    expect(society).toMatchObject({
      parentId: "org-cq",
      shortName: "青科协",
      kind: "SOCIETY",
      level: "PROVINCIAL",
      regionCode: "500000",
      path: `/org-cast/org-cq/${society.id}/`,
    });
    expect(society.contacts).toMatchObject([
      { name: "王芳", title: "秘书长", phone: "023-60000301", email: "wang@example.org" },
    ]);
    const branch = await service.prisma.org.findFirstOrThrow({ where: { name: "青科协渝中分会" } });
    const station = await service.prisma.org.findFirstOrThrow({
      where: { name: "青科协渝中分会解放碑站" },
      include: { contacts: true },
    });
    expect(branch.parentId).toBe(society.id);
    expect(station).toMatchObject({
      parentId: branch.id,
      path: `${branch.path}${station.id}/`,
      address: "解放碑, 1号",
    });
    expect(station.contacts[0]?.phone).toBe("13800138000");
    const centre = await service.prisma.org.findFirstOrThrow({ where: { name: "渝中区青少年科技活动中心" } });
    expect(centre.path).toBe(`/org-cast/org-cq/org-cq-yuzhong/${centre.id}/`);

    const audit = await service.prisma.auditEvent.findFirstOrThrow({
      where: { action: "ORGS_IMPORTED" },
      orderBy: { at: "desc" },
    });
    expect(audit).toMatchObject({
      orgId: "org-cq",
      actorId: "demo-organizer",
      detail: { createdCount: 4, fileRows: 4 },
    });
  });

  it("reads a GBK CSV as Excel in China saves it", async () => {
    const file = gbk(csv(header, "重庆市气象科普联盟,,协调机构,省级,,,,赵敏,,023-60000302,zhao@example.org"));
    const result = await importOrgs(
      { parentId: "org-cq", format: "CSV", fileBase64: base64(file) },
      await adminOf("org-cq"),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importOrgs).toMatchObject({ accepted: true, createdCount: 1 });
    const org = await service.prisma.org.findFirstOrThrow({
      where: { name: "重庆市气象科普联盟" },
      include: { contacts: true },
    });
    expect(org).toMatchObject({ kind: "COORDINATION_BODY", parentId: "org-cq" });
    expect(org.contacts[0]?.name).toBe("赵敏");
  });

  it("refuses a UTF-8 file with one stray byte, naming the row and column, and writes nothing", async () => {
    // What an editor's slip leaves: valid UTF-8 except one byte (0xB1) inside row 3's 名称.
    const [head, tail] = csv(
      header,
      "重庆市青少年科普联盟,,学会,省级,,,,,,,",
      "沙坪坝区科普联盟,,学会,县级,,,,,,,",
    ).split("沙");
    const file = new Uint8Array([...Buffer.from(`${head}沙`), 0xb1, ...Buffer.from(tail ?? "")]);
    const before = await countOrgs();
    const result = await importOrgs(
      { parentId: "org-cq", format: "CSV", fileBase64: base64(file) },
      await adminOf("org-cq"),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/UTF-8.*第3行「名称」列（第1列）有无法识别的字节/);
    expect(await countOrgs()).toBe(before);
    expect(await service.prisma.org.count({ where: { name: { contains: "青少年科普联盟" } } })).toBe(0);
  });

  it("reads an XLSX file, numbers and links included", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("单位");
    sheet.addRow(["name", "kind", "level", "regionCode", "contactName", "phone", "email"]);
    sheet.addRow(["湖南省青少年科技中心", "BASE", "PROVINCIAL", 430000, "刘洋", 13900001111, null]);
    sheet.addRow([]);
    const row = sheet.addRow(["长沙市青少年科技中心", "科普基地", "地市级", 430100, "陈静", "0731-80000001", null]);
    row.getCell(7).value = { text: "chen@example.org", hyperlink: "mailto:chen@example.org" };
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());

    const result = await importOrgs(
      { parentId: "org-hn", format: "XLSX", fileBase64: base64(file) },
      await adminOf("org-hn"),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importOrgs).toMatchObject({ accepted: true, createdCount: 2 });
    expect(result.data?.importOrgs.rows.map((r) => r.row)).toEqual([2, 4]);
    const created = await service.prisma.org.findMany({
      where: { parentId: "org-hn", name: { in: ["湖南省青少年科技中心", "长沙市青少年科技中心"] } },
      include: { contacts: true },
      orderBy: { name: "asc" },
    });
    expect(created.map((o) => [o.name, o.regionCode, o.contacts[0]?.phone, o.contacts[0]?.email])).toEqual([
      ["湖南省青少年科技中心", "430000", "13900001111", null],
      ["长沙市青少年科技中心", "430100", "0731-80000001", "chen@example.org"],
    ]);
  });

  it("rejects a file with bad rows as a whole, naming each row, and writes nothing", async () => {
    const file = csv(
      header,
      "重庆市科普志愿者协会,,学会,省级,,,,,,,",
      "区划写错的单位,,学会,县级,,999999,,,,,",
      "上级写错的单位,,学会,县级,不存在的上级,,,,,,",
      "重庆科技馆,,科技馆,省级,,,,,,,",
      "重庆市科普志愿者协会,,学会,省级,,,,,,,",
    );
    const [orgsBefore, contactsBefore, auditsBefore] = [
      await countOrgs(),
      await service.prisma.contact.count(),
      await importAudits(),
    ];
    const result = await importOrgs(
      { parentId: "org-cq", format: "CSV", fileBase64: base64(file) },
      await adminOf("org-cq"),
    );
    expect(result.errors).toBeUndefined();
    const report = result.data?.importOrgs;
    expect(report).toMatchObject({ accepted: false, createdCount: 0 });
    expect(report?.rows.map((r) => [r.row, r.ok])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, false],
      [6, false],
    ]);
    const errors = report?.rows.flatMap((r) => r.errors) ?? [];
    expect(errors).toEqual([
      expect.stringMatching(/^第3行：行政区划代码 999999 不存在/),
      expect.stringMatching(/^第4行：上级单位「不存在的上级」不存在/),
      "第5行：「重庆市科协」下已有同名单位「重庆科技馆」，不能重复导入",
      "第6行：与第2行重复：同一上级单位下不能有两个「重庆市科普志愿者协会」",
    ]);
    expect(await countOrgs()).toBe(orgsBefore);
    expect(await service.prisma.contact.count()).toBe(contactsBefore);
    expect(await importAudits()).toBe(auditsBefore);
  });

  it("reports a row whose parent the importer does not administer", async () => {
    const file = csv(
      "名称,类型,层级,上级单位",
      "渝中区科普小分队,其他,基层,org-cq-yuzhong",
      "越级单位,其他,基层,org-cq",
    );
    const result = await importOrgs(
      { parentId: "org-cq-yuzhong", format: "CSV", fileBase64: base64(file) },
      await adminOf("org-cq-yuzhong"),
    );
    expect(result.data?.importOrgs.accepted).toBe(false);
    expect(result.data?.importOrgs.rows[1]?.errors).toEqual([
      "第3行：无权在「重庆市科协」下新建单位：只能导入到您管理的单位之下",
    ]);
  });

  it("only reports on a dry run", async () => {
    const file = csv("名称,类型,层级", "重庆市试运行单位,其他,基层");
    const [orgsBefore, auditsBefore] = [await countOrgs(), await importAudits()];
    const result = await importOrgs(
      { parentId: "org-cq", format: "CSV", fileBase64: base64(file), dryRun: true },
      await adminOf("org-cq"),
    );
    expect(result.data?.importOrgs).toEqual({
      accepted: true,
      dryRun: true,
      createdCount: 0,
      rows: [{ row: 2, name: "重庆市试运行单位", ok: true, errors: [] }],
    });
    expect(await countOrgs()).toBe(orgsBefore);
    expect(await importAudits()).toBe(auditsBefore);
  });

  it("refuses unreadable files and files without a 名称 column as BAD_USER_INPUT", async () => {
    const token = await adminOf("org-cq");
    const noName = await importOrgs(
      { parentId: "org-cq", format: "CSV", fileBase64: base64(csv("类型,层级", "学会,省级")) },
      token,
    );
    expect(noName.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(noName.errors?.[0]?.message).toContain("「名称」");
    const notXlsx = await importOrgs({ parentId: "org-cq", format: "XLSX", fileBase64: base64("名称\n单位") }, token);
    expect(notXlsx.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const empty = await importOrgs({ parentId: "org-cq", format: "CSV", fileBase64: "" }, token);
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const notBase64 = await importOrgs({ parentId: "org-cq", format: "CSV", fileBase64: "名称!!" }, token);
    expect(notBase64.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("is for admins of the target unit only", async () => {
    const file = base64(csv("名称,类型,层级", "越权单位,其他,基层"));
    const before = await countOrgs();
    const hunanAdmin = await importOrgs(
      { parentId: "org-cq", format: "CSV", fileBase64: file },
      await adminOf("org-hn"),
    );
    expect(hunanAdmin.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await importOrgs({ parentId: "org-cq", format: "CSV", fileBase64: file });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await countOrgs()).toBe(before);
  });
});
