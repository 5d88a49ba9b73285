import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql } from "@kepu/testing";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The value, or a test failure saying it was missing. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error("expected a value");
  return value;
}

/**
 * Issue 8 §5, the resource library: per campaign, downloadable kits with usage rules, managed by the
 * campaign's lead and co-hosts, public. Files are uploaded through the tus endpoint as RESOURCE_FILE
 * and become public when attached to a kit; they leave view at once when let go.
 */
let platform: RunningPlatform;
let cqEditor: string;
let hnEditor: string;
let castAdmin: string;

beforeAll(async () => {
  platform = await startPlatform();
  cqEditor = await platform.signer.sign(
    { sub: "demo-organizer", name: "重庆编辑", adm: false, mem: [{ org: "org-cq", roles: ["EDITOR"] }] },
    600,
  );
  hnEditor = await platform.signer.sign(
    { sub: "demo-organizer", name: "湖南编辑", adm: false, mem: [{ org: "org-hn", roles: ["EDITOR"] }] },
    600,
  );
  castAdmin = await platform.signer.sign(
    { sub: "demo-admin", name: "中国科协", adm: false, mem: [{ org: "org-cast", roles: ["ORG_ADMIN"] }] },
    600,
  );
});
afterAll(async () => {
  await platform?.close();
});

const tus = { "tus-resumable": "1.0.0" };

/** Uploads `file` as a RESOURCE_FILE of `orgId`; its asset id and final status. */
async function upload(file: Buffer, orgId: string, token: string, fileName: string) {
  const granted = await graphql<{ requestUpload: { asset: { id: string }; uploadUrl: string; token: string } }>(
    platform.gatewayUrl,
    `mutation ($i: RequestUploadInput!) { requestUpload(input: $i) { asset { id } uploadUrl token } }`,
    { variables: { i: { purpose: "RESOURCE_FILE", orgId, fileName, bytes: file.length } }, token },
  );
  expect(granted.errors).toBeUndefined();
  const grant = must(granted.data).requestUpload;
  const created = await fetch(grant.uploadUrl, {
    method: "POST",
    headers: { ...tus, "upload-length": String(file.length), "upload-token": grant.token },
  });
  expect(created.status).toBe(201);
  await fetch(must(created.headers.get("location")), {
    method: "PATCH",
    headers: {
      ...tus,
      "upload-token": grant.token,
      "upload-offset": "0",
      "content-type": "application/offset+octet-stream",
    },
    body: file,
  });
  // A refused file leaves no record behind (issue 8 §1).
  const asset = await platform.services.media.prisma.asset.findUnique({ where: { id: grant.asset.id } });
  return { id: grant.asset.id, status: asset?.status ?? "GONE" };
}

const png = () =>
  sharp({ create: { width: 64, height: 32, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 1 } } })
    .png()
    .toBuffer();
const pdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

interface ResourceFields {
  id: string;
  kind: string;
  title: string;
  usageRules: string;
  campaign: { id: string } | null;
  files: { id: string; mime: string; bytes: number; url: string | null }[];
}
const fields = "id kind title usageRules campaign { id } files { id mime bytes url }";

function createResource(input: Record<string, unknown>, token: string | null) {
  return graphql<{ createResource: ResourceFields }>(
    platform.gatewayUrl,
    `mutation ($i: CreateResourceInput!) { createResource(input: $i) { ${fields} } }`,
    { variables: { i: input }, ...(token ? { token } : {}) },
  );
}

async function resources(campaignId: string) {
  const result = await graphql<{ resources: ResourceFields[] }>(
    platform.gatewayUrl,
    `query ($c: ID!) { resources(campaignId: $c) { ${fields} } }`,
    { variables: { c: campaignId } },
  );
  expect(result.errors).toBeUndefined();
  return must(result.data).resources;
}

describe("the resource library (issue 8 §5)", () => {
  it("publishes a host's kit with its files and usage rules to everyone; a regional list includes the national one", async () => {
    const logo = await upload(await png(), "org-cq", cqEditor, "科普重庆标识.png");
    const panel = await upload(pdf, "org-cq", cqEditor, "展板.pdf");
    expect([logo.status, panel.status]).toEqual(["READY", "READY"]);
    const usageRules = "规范使用全国科普日、科普中国、科普重庆标识。不得变形、改色。";
    const created = await createResource(
      {
        campaignId: "cmp-2024-cq",
        orgId: "org-cq",
        kind: "LOGO",
        title: "  科普重庆标识  ",
        usageRules,
        fileAssetIds: [logo.id, panel.id],
      },
      cqEditor,
    );
    expect(created.errors).toBeUndefined();
    const kit = must(created.data).createResource;
    expect(kit).toMatchObject({ kind: "LOGO", title: "科普重庆标识", usageRules, campaign: { id: "cmp-2024-cq" } });
    expect(kit.files.map((f) => f.mime)).toEqual(["image/png", "application/pdf"]);
    // Public: anyone downloads the files, with cache headers.
    for (const file of kit.files) {
      const response = await fetch(must(file.url));
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toMatch(/public/);
    }

    // The national edition's kit, by 中国科协.
    const nationalLogo = await upload(pdf, "org-cast", castAdmin, "全国科普日标识.pdf");
    const national = await createResource(
      {
        campaignId: "cmp-2024",
        orgId: "org-cast",
        kind: "LOGO",
        title: "全国科普日标识",
        fileAssetIds: [nationalLogo.id],
      },
      castAdmin,
    );
    expect(national.errors).toBeUndefined();
    expect((await resources("cmp-2024-cq")).map((r) => r.title)).toEqual(["科普重庆标识", "全国科普日标识"]);
    expect((await resources("cmp-2024")).map((r) => r.title)).toEqual(["全国科普日标识"]);
  });

  it("lets only editors of the campaign's lead and co-hosts manage it", async () => {
    const file = await upload(pdf, "org-hn", hnEditor, "湖南.pdf");
    const input = { campaignId: "cmp-2024-cq", kind: "OTHER", title: "不该出现", fileAssetIds: [file.id] };
    const before = await platform.services.media.prisma.resource.count();
    // 湖南's editor is not a host of 重庆's edition, neither as 湖南 nor as 重庆.
    expect((await createResource({ ...input, orgId: "org-hn" }, hnEditor)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await createResource({ ...input, orgId: "org-cq" }, hnEditor)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await createResource({ ...input, orgId: "org-cq" }, null)).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    // 重庆's editor cannot use another unit's file.
    const foreign = await createResource({ ...input, orgId: "org-cq" }, cqEditor);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "fileAssetIds" });
    expect(await platform.services.media.prisma.resource.count()).toBe(before);
    // Nor remove 中国科协's kit.
    const national = must((await resources("cmp-2024"))[0]);
    const removal = await graphql(platform.gatewayUrl, `mutation ($id: ID!) { removeResource(id: $id) }`, {
      variables: { id: national.id },
      token: cqEditor,
    });
    expect(removal.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses an SVG logo: it can carry script", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect((await upload(svg, "org-cq", cqEditor, "logo.svg")).status).toBe("GONE");
  });

  it("takes files out of view at once when a kit drops them or is removed", async () => {
    const kit = must((await resources("cmp-2024-cq")).find((r) => r.campaign?.id === "cmp-2024-cq"));
    const [logo, panel] = kit.files;
    const updated = await graphql<{ updateResource: ResourceFields }>(
      platform.gatewayUrl,
      `mutation ($i: UpdateResourceInput!) { updateResource(input: $i) { ${fields} } }`,
      { variables: { i: { id: kit.id, fileAssetIds: [must(panel).id] } }, token: cqEditor },
    );
    expect(updated.errors).toBeUndefined();
    expect(must(updated.data).updateResource.files.map((f) => f.id)).toEqual([must(panel).id]);
    expect((await fetch(must(must(logo).url))).status).toBeGreaterThanOrEqual(400);

    const removed = await graphql(platform.gatewayUrl, `mutation ($id: ID!) { removeResource(id: $id) }`, {
      variables: { id: kit.id },
      token: cqEditor,
    });
    expect(removed.errors).toBeUndefined();
    expect((await fetch(must(must(panel).url))).status).toBeGreaterThanOrEqual(400);
    expect((await resources("cmp-2024-cq")).map((r) => r.title)).toEqual(["全国科普日标识"]);
  });
});
