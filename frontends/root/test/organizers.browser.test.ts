import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations, useBrowserHarness } from "./browser-harness.js";
import { pickOption } from "./console-steps.js";

/**
 * The organizer app in Chromium against the whole platform: a 科协 admin browses the sub-tree,
 * invites someone into a sub-unit, and that person accepts the link with a new account; and a bulk
 * import with one bad row shows its report and writes nothing.
 */
const ui = useBrowserHarness();
const organizer = { email: "organizer@kepu.example", password: "kepu-demo-2024" };

async function signInAsOrganizer(page: Page): Promise<void> {
  await page.getByLabel("邮箱").fill(organizer.email);
  await page.getByLabel("密码").fill(organizer.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("button", { name: "退出登录" }).waitFor({ timeout: 30_000 });
}

/** Asks the gateway directly, as the demo organizer. */
async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const post = async (body: unknown, token?: string) => {
    const response = await fetch(ui.platform.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { data: T; errors?: unknown[] };
  };
  const signIn = await post({
    query:
      "mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }",
    variables: organizer,
  });
  const token = (signIn.data as unknown as { signIn: { accessToken: string } }).signIn.accessToken;
  const result = await post({ query, variables }, token);
  expect(result.errors).toBeUndefined();
  return result.data;
}

/** Picks `option` in the antd Select labelled `label` within `scope`, typing `search` first when given. */
async function choose(page: Page, scope: Locator, label: string, option: string, search?: string): Promise<void> {
  const select = scope.getByLabel(label);
  if (search) await select.fill(search);
  await pickOption(page, select, { title: option });
}

/** How far the page reaches past the right edge of the window (0: nothing to scroll sideways). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Saves a screenshot when KEPU_SCREENSHOTS names a folder (to look at what a phone shows). */
async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.KEPU_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

describe("the organizer app on a phone (375 px)", () => {
  it("fits every workspace page in the width, with member names readable and every action in reach", async () => {
    const page = await ui.browser.newPage({ viewport: { width: 375, height: 812 } });
    const consoleErrors: string[] = [];
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    await page.goto(`${ui.web.url}/organizers?org=org-cq`);
    await signInAsOrganizer(page);
    const pages: [path: string, ready: () => Locator][] = [
      ["", () => page.getByTestId("org-details")],
      ["/subtree", () => page.getByTestId("subtree")],
      ["/members", () => page.getByTestId("invitations").or(page.getByRole("form", { name: "邀请成员" }))],
      ["/campaigns", () => page.getByTestId("campaign")],
      ["/import", () => page.getByLabel("导入文件（CSV 或 XLSX）")],
    ];
    for (const [path, ready] of pages) {
      await page.goto(`${ui.web.url}/organizers${path}?org=org-cq`);
      await ready().first().waitFor({ timeout: 30_000 });
      if (path === "/campaigns") await page.getByRole("button", { name: "设置 2024年重庆市全国科普日" }).click();
      await screenshot(page, `organizers${path.replace("/", "-") || "-org"}-375`);
      expect(await sidewaysOverflow(page), `organizers${path}`).toBeLessThanOrEqual(0);
    }

    // Members: each name on a line or two (not one character a line), and the actions inside the window.
    await page.goto(`${ui.web.url}/organizers/members?org=org-cq`);
    const names = page.getByTestId("member-name");
    await names.first().waitFor({ timeout: 30_000 });
    for (const cell of await names.all()) {
      const box = await cell.boundingBox();
      const lineHeight = await cell.evaluate((el) => Number.parseFloat(getComputedStyle(el).lineHeight) || 24);
      expect(box?.width ?? 0).toBeGreaterThan(200);
      expect(box?.height ?? 0).toBeLessThan(lineHeight * 2.5);
    }
    for (const button of await page.getByTestId("member").getByRole("button").all()) {
      const box = await button.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
    }
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

/** Every workspace page's path (routes.ts), the unit in the URL. */
const workspacePaths = [
  "",
  "/activities",
  "/activity-review",
  "/activity-import",
  "/trails",
  "/subtree",
  "/members",
  "/works",
  "/moderation",
  "/reach",
  "/resources",
  "/campaigns",
  "/import",
  "/results",
  "/dashboard",
];

/** Waits until the page has its answers: no request in flight and no antd spinner left. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.locator(".ant-spin-spinning, .ant-skeleton").first().waitFor({ state: "detached", timeout: 30_000 });
  await page.locator("h2").first().waitFor({ timeout: 30_000 });
}

describe("the organizer app's accessibility (GB/T 37668, WCAG 2.1 AA)", () => {
  it("has no serious or critical axe-core violation on any workspace page, at 1280 px in Chinese and 390 px in English", async () => {
    const page = await ui.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const consoleErrors: string[] = [];
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    await page.goto(`${ui.web.url}/organizers?org=org-cq`);
    await signInAsOrganizer(page);
    const found: string[] = [];
    for (const [width, lang] of [
      [1280, "zh"],
      [390, "en"],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of workspacePaths) {
        await page.goto(`${ui.web.url}/organizers${path}?org=org-cq`);
        if (lang === "en" && path === "") await page.getByRole("button", { name: "English" }).click();
        await settle(page);
        await screenshot(page, `organizers${path.replace("/", "-") || "-org"}-${width}-${lang}`);
        for (const violation of await seriousViolations(page))
          found.push(`${path || "/"} ${width} ${lang}: ${violation}`);
        if (width === 390) expect(await sidewaysOverflow(page), `organizers${path} at 390 px`).toBeLessThanOrEqual(0);
      }
      // A drawer too: the campaign set-up.
      await page.goto(`${ui.web.url}/organizers/campaigns?org=org-cq`);
      await settle(page);
      const setUp = lang === "zh" ? "设置 2024年重庆市全国科普日" : "Set up 2024年重庆市全国科普日";
      await page.getByRole("button", { name: setUp }).click();
      await page.locator(".ant-drawer-open form").first().waitFor({ timeout: 30_000 });
      await screenshot(page, `organizers-campaign-drawer-${width}-${lang}`);
      for (const violation of await seriousViolations(page))
        found.push(`campaign drawer ${width} ${lang}: ${violation}`);
    }
    expect(found).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 600_000);
});

describe("the organizer app in Chromium", () => {
  it("is built on Ant Design, whose own texts follow the app's language", async () => {
    const { page, consoleErrors } = await ui.openPage("/organizers/subtree?org=org-cq");
    await signInAsOrganizer(page);
    await page
      .getByTestId("subtree")
      .getByRole("link", { name: "渝中区科协", exact: true })
      .waitFor({ timeout: 30_000 });
    await page.getByLabel("搜索名称").fill("没有这个单位");
    await page.getByRole("button", { name: "查询" }).click();
    await page.getByTestId("subtree").locator(".ant-empty-description", { hasText: "暂无数据" }).waitFor();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByTestId("subtree").locator(".ant-empty-description", { hasText: "No data" }).waitFor();
    await page.getByRole("button", { name: "中文" }).click();
    await page.getByTestId("subtree").locator(".ant-empty-description", { hasText: "暂无数据" }).waitFor();
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("lets an admin invite someone into a sub-unit, who joins through the link with a new account", async () => {
    const { page, consoleErrors } = await ui.openPage("/organizers");
    await signInAsOrganizer(page);
    await page.getByTestId("memberships").waitFor();
    await expect(page.getByTestId("memberships").textContent()).resolves.toContain("重庆市科协：单位管理员、编辑");

    // Browse and search the sub-tree, then drill into 渝中区科协: it becomes the current unit.
    await page.getByRole("link", { name: "下级单位" }).click();
    await page.waitForURL(/\/organizers\/subtree\?org=org-cq$/);
    await page.getByTestId("subtree").waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("subtree-count").textContent()).resolves.toMatch(/共 \d+ 个单位/);
    await page.getByLabel("搜索名称").fill("渝中");
    await page.getByRole("button", { name: "查询" }).click();
    const yuzhong = page.getByTestId("subtree").getByRole("link", { name: "渝中区科协", exact: true });
    await yuzhong.waitFor();
    await yuzhong.click();
    await page.waitForURL(/\/organizers\/subtree\?org=org-cq-yuzhong$/);
    await expect(page.getByTestId("current-org").locator("strong").textContent()).resolves.toBe("渝中区科协");

    // Invite by e-mail as 编辑; the link is shown once, with a copy button.
    await page.getByRole("link", { name: "成员与邀请" }).click();
    await page.waitForURL(/\/organizers\/members\?org=org-cq-yuzhong$/);
    const invite = page.getByRole("form", { name: "邀请成员" });
    await invite.waitFor({ timeout: 30_000 });
    // The form checks the address before sending.
    await invite.getByLabel("被邀请人邮箱").fill("new-member@");
    await invite.getByRole("button", { name: "发送邀请" }).click();
    // Checked under the field (antd Form) before anything is sent.
    await invite.getByText("请填写正确的邮箱地址").waitFor();
    await invite.getByLabel("被邀请人邮箱").fill("new-member@example.org");
    await invite.getByLabel("编辑").check();
    await invite.getByRole("button", { name: "发送邀请" }).click();
    const linkBox = page.getByTestId("invite-link");
    await linkBox.waitFor({ timeout: 30_000 });
    const link = await linkBox.inputValue();
    expect(link).toMatch(/\/organizers\/invite\?token=/);
    await page.getByRole("button", { name: "复制链接" }).waitFor();
    await page.getByTestId("invitations").getByRole("cell", { name: "new-member@example.org", exact: true }).waitFor();
    // The change log shows the invitation, and who sent it.
    await page.getByTestId("audit-log").getByText("发出邀请").waitFor();
    await expect(page.getByTestId("audit-log").textContent()).resolves.toContain("操作人：重庆市科协·示例组织者");

    await page.getByRole("button", { name: "退出登录" }).click();
    await page.getByLabel("邮箱").waitFor();

    // The invitee opens the link, creates an account and lands signed in, member of 渝中区科协.
    await page.goto(new URL(new URL(link).pathname + new URL(link).search, ui.web.url).href);
    const preview = page.getByTestId("invitation-preview");
    await preview.waitFor({ timeout: 30_000 });
    await expect(preview.textContent()).resolves.toContain("渝中区科协");
    await expect(preview.textContent()).resolves.toContain("编辑");
    await page.getByLabel("姓名（显示名）").fill("新成员");
    await page.getByLabel("设置密码").fill("short");
    await page.getByRole("button", { name: "创建账号并加入" }).click();
    // Checked inline under the field (antd Form), before anything is sent.
    await page.getByRole("form", { name: "创建账号并加入" }).getByText("密码至少 10 位").waitFor();
    await page.getByLabel("设置密码").fill("new-member-pass-2024");
    await page.getByRole("button", { name: "创建账号并加入" }).click();
    const memberships = page.getByTestId("memberships");
    await memberships.or(page.getByRole("alert")).first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole("alert").allTextContents()).toEqual([]);
    await expect(memberships.textContent()).resolves.toContain("渝中区科协：编辑");
    await page.getByText("您好，新成员").waitFor();
    expect(new URL(page.url()).pathname).toBe("/organizers");
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("shows a sub-unit's details with its parent chain and lets its admin edit them and its contacts", async () => {
    const { page, consoleErrors } = await ui.openPage("/organizers?org=org-cq-yuzhong");
    await signInAsOrganizer(page);
    const details = page.getByTestId("org-details");
    await details.waitFor({ timeout: 30_000 });
    await expect(details.textContent()).resolves.toMatch(/中国科协 › 重庆市科协/);
    await expect(details.textContent()).resolves.toContain("陈刚");

    const edit = page.getByRole("form", { name: "编辑单位信息" });
    await edit.getByLabel("行政区划代码").fill("5001");
    await edit.getByRole("button", { name: "保存" }).click();
    await edit.getByText("行政区划代码应为 6 位数字").waitFor();
    await edit.getByLabel("行政区划代码").fill("500103");
    await edit.getByLabel("通讯地址").fill("重庆市渝中区人民路 1 号");
    await edit.getByRole("button", { name: "保存" }).click();
    await edit.getByRole("status").filter({ hasText: "已保存" }).waitFor({ timeout: 30_000 });
    await details.getByText("重庆市渝中区人民路 1 号").waitFor();

    const contacts = page.getByRole("form", { name: "编辑联系人" });
    await contacts.getByRole("button", { name: "添加联系人" }).click();
    await contacts.getByLabel("姓名").last().fill("李明");
    await contacts.getByLabel("联系人邮箱").last().fill("li@");
    await contacts.getByRole("button", { name: "保存联系人" }).click();
    await contacts.getByText("联系人 2 的邮箱格式不正确").waitFor();
    await contacts.getByLabel("联系人邮箱").last().fill("li@example.org");
    await contacts.getByRole("button", { name: "保存联系人" }).click();
    await contacts.getByRole("status").filter({ hasText: "已保存" }).waitFor({ timeout: 30_000 });
    await details.getByText("李明 · li@example.org").waitFor();
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("moves a unit with its sub-units under another parent picked by searching", async () => {
    const { page, consoleErrors } = await ui.openPage("/organizers?org=org-cq-cqu");
    await signInAsOrganizer(page);
    const details = page.getByTestId("org-details");
    await details.waitFor({ timeout: 30_000 });
    await expect(details.textContent()).resolves.toMatch(/重庆市科协 › 沙坪坝区科协/);
    const move = page.getByRole("form", { name: "调整上级单位" });
    await choose(page, move, "新的上级单位", "九龙坡区科协", "九龙坡");
    await expect(move.getByTestId("move-target").textContent()).resolves.toContain("移到“九龙坡区科协”之下");
    await move.getByRole("button", { name: "确认调整" }).click();
    await move.getByRole("status").filter({ hasText: "已调整上级单位" }).waitFor({ timeout: 30_000 });
    await details.getByText(/重庆市科协 › 九龙坡区科协/).waitFor({ timeout: 30_000 });
    const data = await graphql<{ org: { ancestorIds: string[] } }>('query { org(id: "org-cq-cqu") { ancestorIds } }');
    expect(data.org.ancestorIds).toEqual(["org-cast", "org-cq", "org-cq-jiulongpo"]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("lets the host of a regional edition set it up: approver and co-hosts picked by searching units", async () => {
    const { page, consoleErrors } = await ui.openPage("/organizers/campaigns?org=org-cq");
    await signInAsOrganizer(page);
    await page.getByTestId("campaign").first().waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "设置 2024年重庆市全国科普日" }).click();
    const settings = page.getByRole("form", { name: "2024年重庆市全国科普日：基本设置" });
    await choose(page, settings, "指定审核单位", "渝中区科协", "渝中区");
    await settings.getByRole("button", { name: "保存" }).click();
    await settings.getByRole("status").filter({ hasText: "已保存" }).waitFor({ timeout: 30_000 });

    const hosts = page.getByRole("form", { name: "2024年重庆市全国科普日：主办与参与单位" });
    // 添加单位 empties itself once a unit is added: the pick took when the unit's role picker shows.
    await hosts.getByLabel("添加单位").fill("沙坪坝");
    await pickOption(page, hosts.getByLabel("添加单位"), {
      title: "沙坪坝区科协",
      shows: hosts.getByLabel("沙坪坝区科协的身份"),
    });
    await choose(page, hosts, "沙坪坝区科协的身份", "联合主办");
    await hosts.getByRole("button", { name: "保存主办单位" }).click();
    await hosts.getByRole("status").filter({ hasText: "已保存" }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole("alert").allTextContents()).toEqual([]);

    const data = await graphql<{
      campaign: { approverOrg: { id: string } | null; hosts: { role: string; org: { id: string } }[] };
    }>('query { campaign(id: "cmp-2024-cq") { approverOrg { id } hosts { role org { id } } } }');
    expect(data.campaign.approverOrg?.id).toBe("org-cq-yuzhong");
    expect(data.campaign.hosts).toContainEqual({ role: "CO_HOST", org: { id: "org-cq-shapingba" } });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("checks an import file row by row and writes nothing when a row is bad", async () => {
    const { page, consoleErrors } = await ui.openPage("/organizers/import?org=org-cq");
    await signInAsOrganizer(page);
    const names = ["浏览器测试导入甲单位", "浏览器测试导入乙单位"];
    const csv = ["名称,类型,层级,行政区划代码", `${names[0]},科普基地,基层,500103`, `${names[1]},科普基地,基层,999999`]
      .map((line) => `${line}\r\n`)
      .join("");
    await page.getByLabel("导入文件（CSV 或 XLSX）").setInputFiles({
      name: "units.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv, "utf8"),
    });
    await page.getByRole("button", { name: "检查文件" }).click();
    const report = page.getByTestId("import-report");
    // A server error is shown as an alert: fail with its text rather than a timeout.
    await report.or(page.getByRole("alert")).first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole("alert").allTextContents()).toEqual([]);
    const rows = report.getByTestId("import-row");
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(0).textContent()).resolves.toMatch(new RegExp(`^2${names[0]}通过`));
    await expect(rows.nth(1).textContent()).resolves.toMatch(/未通过.*999999/);
    // One bad row: nothing may be imported, so there is no way to confirm.
    expect(await page.getByRole("button", { name: "确认导入" }).count()).toBe(0);
    await report.getByText("请修改有问题的行后重新上传").waitFor();

    for (const name of names) {
      const data = await graphql<{ orgs: { totalCount: number } }>(
        "query($search: String!) { orgs(search: $search, first: 1) { totalCount } }",
        { search: name },
      );
      expect(data.orgs.totalCount, name).toBe(0);
    }
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
