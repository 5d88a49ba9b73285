import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserHarness } from "./browser-harness.js";
import {
  choose,
  fillRange,
  pickOption,
  shanghai,
  shanghaiInstant,
  signInToConsole as signIn,
  waitOrTellWhy,
} from "./console-steps.js";

/**
 * The organizer app's activity screens (issue 9 §7) in Chromium against the whole platform: a
 * 重庆 district organizer (渝中区科协's editor, invited through the graph) creates an activity with a
 * session of capacity 2 in the Drawer form (inline checks first) and submits it; 重庆市科协's admin
 * approves it from 活动审核; people register; the organizer changes the capacity and sees the
 * registrants; a bad import file shows its row report; every page fits a phone.
 */
const ui = useBrowserHarness();
const admin = { email: "organizer@kepu.example", password: "kepu-demo-2024" };
const district = { email: "yuzhong-editor@kepu.example", password: "yuzhong-editor-2024" };
const title = "渝中区青少年机器人编程体验营";

interface GraphResult<T> {
  data: T;
  errors?: { message: string }[];
}

async function post<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<GraphResult<T>> {
  const response = await fetch(ui.platform.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphResult<T>;
}

/**
 * Each account's access token, signed in once for the file (argon2 per sign-in is what a loaded
 * machine is slowest at; tokens last 15 minutes, a sign-in older than 10 is made again).
 */
const tokens = new Map<string, { token: Promise<string>; at: number }>();

async function tokenOf(account: { email: string; password: string }): Promise<string> {
  const known = tokens.get(account.email);
  if (known && Date.now() - known.at < 10 * 60_000) return known.token;
  const token = post<{ signIn: { accessToken: string } }>(
    "mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }",
    account,
  ).then((signIn) => {
    expect(signIn.errors).toBeUndefined();
    return signIn.data.signIn.accessToken;
  });
  tokens.set(account.email, { token, at: Date.now() });
  return token;
}

/** Asks the gateway as an account; fails the test on any error. */
async function graphql<T>(account: { email: string; password: string }, query: string, variables = {}): Promise<T> {
  const result = await post<T>(query, variables, await tokenOf(account));
  expect(result.errors).toBeUndefined();
  return result.data;
}

/** How far the page reaches past the right edge of the window (0: nothing to scroll sideways). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.KEPU_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

describe("the organizer app's activities", () => {
  it("lets a district organizer create and submit an activity with a session of capacity 2, checked inline", async () => {
    // 重庆市科协's admin invites an editor into 渝中区科协, who accepts with a new account.
    const invited = await graphql<{ inviteMember: { link: string } }>(
      admin,
      "mutation($input: InviteMemberInput!) { inviteMember(input: $input) { link } }",
      { input: { orgId: "org-cq-yuzhong", email: district.email, roles: ["EDITOR"] } },
    );
    const token = new URL(invited.inviteMember.link, "http://x").searchParams.get("token");
    const accepted = await post(
      "mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }",
      { input: { token, displayName: "渝中区科协·编辑", password: district.password } },
    );
    expect(accepted.errors).toBeUndefined();

    const { page, consoleErrors, requests } = await ui.openPage("/organizers/activities?org=org-cq-yuzhong");
    await signIn(page, district);
    await page.getByTestId("activities").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "新建活动" }).click();
    const form = page.getByRole("form", { name: "新建活动" });
    await form.waitFor();

    // Nothing filled: the required fields say so under themselves, nothing is sent.
    await form.getByRole("button", { name: "保存", exact: true }).click();
    await form.getByText("请填写科普日届次").waitFor();
    await form.getByText("请填写活动名称").waitFor();
    await form.getByText("请选择场次的开始和结束时间").waitFor();

    await choose(page, form, "科普日届次", "2024年重庆市全国科普日");
    await form.getByLabel("活动名称").fill(title);
    await form.getByLabel("活动简介").fill("动手搭建智能小车，体验编程与人工智能的乐趣。");
    await pickOption(page, form.getByLabel("活动类别"));
    await choose(page, form, "活动形式", "科学实验");
    await page.keyboard.press("Escape");
    // A 湖南 code for a 渝中区 host: refused under the field before anything is sent.
    const region = form.getByLabel("行政区划代码");
    await region.fill("430102");
    await form.getByText("行政区划代码须为 6 位数字，且在主办单位所在地区（500103）之内").waitFor();
    await region.fill("500103");
    await form.getByLabel("活动地点").fill("重庆科技馆");
    await form.getByLabel("详细地址").fill("重庆市渝中区解放碑民族路");
    await form.getByLabel("纬度").fill("29.5576");
    await form.getByLabel("经度").fill("106.5770");
    await form.getByLabel("联系电话").fill("12345");
    await form.getByText("电话应为11位手机号或带区号的固定电话").waitFor();
    await form.getByLabel("联系电话").fill("023-60000211");

    // One session, a month from now, 09:30–11:00 Beijing time, registration with 2 places.
    const range = form.getByTestId("session-row").first();
    const [start, end] = [shanghai(30, 9, 30), shanghai(30, 11, 0)];
    await fillRange(page, range, start, end);
    await range.getByRole("switch").click();
    await form.getByLabel("名额").fill("2");

    await form.getByRole("button", { name: "提交审核" }).click();
    // Saved and submitted: the editor's status tag says so (a state that stays; the "已提交审核"
    // toast is gone after 3 s, and a loaded machine may look for it too late).
    const drawer = page.locator(".ant-drawer");
    await waitOrTellWhy(page, drawer.getByTestId("editor-status").filter({ hasText: "待审核" }), 60_000).catch(
      async (failure) => {
        await screenshot(page, "organizers-activity-submit-failed");
        throw failure;
      },
    );
    await drawer.getByTestId("activity-history").getByText("提交审核").first().waitFor();
    await page.getByRole("button", { name: "Close" }).or(page.locator(".ant-drawer-close")).first().click();

    // The list: the new row with its status, its session and no registrations yet.
    const row = page.getByTestId("activities").getByRole("row").filter({ hasText: title });
    await row.getByText("待审核").waitFor({ timeout: 30_000 });
    await row.getByText("1 场 · 已报名 0 · 候补 0").waitFor();

    // What the server stored: 09:30 Shanghai is 01:30Z, capacity 2, registration needed.
    const mine = await graphql<{
      myActivities: {
        edges: {
          node: {
            title: string;
            status: string;
            regionCode: string;
            sessions: { startsAt: string; capacity: number; registrationRequired: boolean }[];
          };
        }[];
      };
    }>(
      district,
      'query { myActivities(orgId: "org-cq-yuzhong", first: 50) { edges { node { title status regionCode sessions { startsAt capacity registrationRequired } } } } }',
    );
    const created = mine.myActivities.edges.map((edge) => edge.node).find((node) => node.title === title);
    expect(created).toMatchObject({ status: "SUBMITTED", regionCode: "500103" });
    expect(created?.sessions).toEqual([
      {
        startsAt: new Date(`${start.replace(" ", "T")}:00+08:00`).toISOString(),
        capacity: 2,
        registrationRequired: true,
      },
    ]);
    expect(requests.filter((path) => path.endsWith("/antd.js"))).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 180_000);
});

describe("the organizer app's activity review", () => {
  it("lets 重庆市科协's admin approve the district's activity from the queue, with the counts", async () => {
    const { page, consoleErrors } = await ui.openPage("/organizers/activity-review?org=org-cq");
    await signIn(page, admin);
    const counts = page.getByTestId("review-counts");
    await counts.waitFor({ timeout: 30_000 });
    const waiting = Number((await counts.locator(".ant-statistic-content-value").first().textContent()) ?? "0");
    expect(waiting).toBeGreaterThanOrEqual(1);
    const item = page.getByTestId("review-item").filter({ hasText: title });
    await item.getByText("新活动").waitFor({ timeout: 30_000 });
    await item.getByText("渝中区科协").waitFor();
    // Sending back needs a reason: refused inline when empty.
    await item.getByRole("button", { name: "退回" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "确认退回" }).click();
    await dialog.getByText("请写明原因（至少 2 个字）").first().waitFor();
    await dialog
      .getByRole("button", { name: "Cancel" })
      .or(dialog.getByRole("button", { name: "取 消" }))
      .or(dialog.getByRole("button", { name: "取消" }))
      .first()
      .click();
    await item.getByRole("button", { name: "通过" }).click();
    // Approved: the item leaves the queue (not the 3-second toast).
    await item.waitFor({ state: "detached", timeout: 30_000 });
    await counts
      .getByText(String(waiting - 1))
      .first()
      .waitFor({ timeout: 30_000 });
    const approved = await post<{ activities: { edges: { node: { title: string } }[] } }>(
      'query { activities(hostOrgId: "org-cq-yuzhong", first: 100) { edges { node { title } } } }',
      {},
    );
    expect(approved.data.activities.edges.map((edge) => edge.node.title)).toContain(title);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 180_000);
});

describe("the organizer app's sessions and registrants", () => {
  it("shows a session's registrants to the host and lets it raise the capacity, promoting the one waiting", async () => {
    const mine = await graphql<{ myActivities: { edges: { node: { title: string; sessions: { id: string }[] } }[] } }>(
      district,
      'query { myActivities(orgId: "org-cq-yuzhong", first: 50) { edges { node { title sessions { id } } } } }',
    );
    const sessionId = mine.myActivities.edges.find((edge) => edge.node.title === title)?.node.sessions[0]?.id;
    expect(sessionId).toBeDefined();
    // Three people register for 2 places: two confirmed, the third waits.
    const people = [
      { account: admin, name: "王小明", phone: "13800138001" },
      { account: { email: "reviewer@kepu.example", password: "kepu-demo-2024" }, name: "李小红", phone: "13800138002" },
      { account: { email: "admin@kepu.example", password: "kepu-demo-2024" }, name: "赵小刚", phone: "13800138003" },
    ];
    for (const person of people) {
      await graphql(
        person.account,
        "mutation($id: ID!, $contact: RegistrationContactInput!) { registerForSession(sessionId: $id, contact: $contact) { id } }",
        { id: sessionId, contact: { name: person.name, phone: person.phone } },
      );
    }

    const { page, consoleErrors } = await ui.openPage("/organizers/activities?org=org-cq-yuzhong");
    await signIn(page, district);
    const row = page.getByTestId("activities").getByRole("row").filter({ hasText: title });
    await row.getByText("1 场 · 已报名 2 · 候补 1").waitFor({ timeout: 30_000 });
    await row.getByRole("button", { name: "场次与报名" }).click();
    const panel = page.getByTestId("activity-sessions-panel");
    const session = panel.getByTestId(`session-${sessionId}`);
    await session.waitFor({ timeout: 30_000 });
    const cells = () => session.getByRole("cell").allTextContents();
    await expect.poll(cells, { timeout: 30_000 }).toEqual(expect.arrayContaining(["2", "2", "1", "0"]));
    const registrants = panel.getByTestId("registrants");
    await registrants.getByText("王小明").waitFor({ timeout: 30_000 });
    await registrants.getByText("13800138002").waitFor();
    await registrants.getByRole("row").filter({ hasText: "赵小刚" }).getByText("候补第 1 位").waitFor();

    // Raise the places to 3: the one waiting is promoted at once.
    await session.getByRole("button", { name: "修改名额" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("新名额").fill("3");
    await dialog.getByRole("button", { name: "保存" }).click();
    // The registrants and the session's counts are asked again separately: wait for each, not a toast.
    await registrants.getByRole("row").filter({ hasText: "赵小刚" }).getByText("已确认").waitFor({ timeout: 30_000 });
    await expect.poll(cells, { timeout: 30_000 }).toEqual(expect.arrayContaining(["3", "3", "0", "0"]));
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 180_000);

  it("moves the published activity's session in the editor: on approval each registrant is mailed the new time and stays registered", async () => {
    const sessionsQuery =
      'query { myActivities(orgId: "org-cq-yuzhong", first: 50) { edges { node { id title sessions { id startsAt confirmedCount cancelled } } } } }';
    type Mine = {
      myActivities: {
        edges: {
          node: {
            id: string;
            title: string;
            sessions: { id: string; startsAt: string; confirmedCount: number; cancelled: boolean }[];
          };
        }[];
      };
    };
    const ours = async () =>
      (await graphql<Mine>(district, sessionsQuery)).myActivities.edges
        .map((edge) => edge.node)
        .find((node) => node.title === title);
    const before = await ours();
    const sessionId = before?.sessions[0]?.id;
    expect(before?.sessions[0]?.confirmedCount).toBe(3);

    const { page, consoleErrors } = await ui.openPage("/organizers/activities?org=org-cq-yuzhong");
    await signIn(page, district);
    await page.getByTestId("activities").getByRole("button", { name: title }).click();
    const form = page.getByRole("form", { name: "编辑活动" });
    await form.getByTestId("session-row").first().waitFor({ timeout: 30_000 });
    // The session a day later, 14:00–15:30 Beijing time.
    const range = form.getByTestId("session-row").first();
    const [start, end] = [shanghai(31, 14, 0), shanghai(31, 15, 30)];
    await fillRange(page, range, start, end);
    await form.getByRole("button", { name: "保存", exact: true }).click();
    const drawer = page.locator(".ant-drawer");
    await waitOrTellWhy(page, drawer.getByTestId("editor-status").filter({ hasText: "待审核" }), 60_000);
    // The public keeps the approved time meanwhile; nobody is mailed yet.
    expect((await ours())?.sessions[0]?.startsAt).toBe(before?.sessions[0]?.startsAt);

    const sentBefore = ui.platform.outbox.activities.length;
    await graphql(admin, "mutation($id: ID!) { approveActivity(id: $id) { status } }", { id: before?.id });
    const mails = ui.platform.outbox.activities.slice(sentBefore);
    expect(mails.map((mail) => mail.to).sort()).toEqual([
      "admin@kepu.example",
      "organizer@kepu.example",
      "reviewer@kepu.example",
    ]);
    // As the mail writes it (年月日, Shanghai time): "2030年1月2日 14:00 – 15:30".
    const [y, m, d] = start.slice(0, 10).split("-").map(Number);
    const newTime = `${y}年${m}月${d}日 ${start.slice(11)} – 15:30`;
    for (const mail of mails) {
      expect(mail.subject).toContain("活动场次时间变更");
      expect(mail.text).toContain(`新时间：${newTime}（北京时间；原为`);
      expect(mail.text).toContain("您的报名仍然有效");
    }
    // The same session, moved, its three registrations with it.
    expect((await ours())?.sessions).toEqual([
      { id: sessionId, startsAt: shanghaiInstant(start).toISOString(), confirmedCount: 3, cancelled: false },
    ]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 180_000);
});

describe("the organizer app's activity import", () => {
  it("shows the row report of a file with a bad row and writes nothing", async () => {
    const categories = await post<{ activityCategories: { nameZh: string }[] }>(
      'query { activityCategories(campaignId: "cmp-2024-cq") { nameZh } }',
      {},
    );
    const category = categories.data.activityCategories[0]?.nameZh as string;
    const before = await graphql<{ myActivities: { edges: unknown[] } }>(
      district,
      'query { myActivities(orgId: "org-cq-yuzhong", first: 100) { edges { node { id } } } }',
    );
    const { page, consoleErrors } = await ui.openPage("/organizers/activity-import?org=org-cq-yuzhong");
    await signIn(page, district);
    await choose(page, page.locator("main, body").first(), "科普日届次", "2024年重庆市全国科普日");
    await page.getByRole("button", { name: "下载模板（CSV）" }).waitFor();
    const header = "活动名称,活动类别,活动形式,线上线下,开始时间,结束时间,名额,行政区划代码,活动地点,详细地址";
    const lines = [
      header,
      `渝中区科普讲座,${category},报告讲座,线下,2024-09-20 09:30,2024-09-20 11:00,50,500103,渝中区图书馆,重庆市渝中区`,
      `湖南的活动,${category},报告讲座,线下,2024-09-21 09:30,2024-09-21 11:00,50,430102,长沙,湖南省长沙市`,
    ];
    await page.getByLabel("导入文件（CSV 或 XLSX）").setInputFiles({
      name: "activities.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(lines.map((line) => `${line}\r\n`).join(""), "utf8"),
    });
    await page.getByRole("button", { name: "检查文件" }).click();
    const report = page.getByTestId("import-report");
    await report.waitFor({ timeout: 30_000 });
    const rows = report.getByTestId("import-row");
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(0).textContent()).resolves.toMatch(/^2渝中区科普讲座通过/);
    await expect(rows.nth(1).textContent()).resolves.toMatch(/^3湖南的活动未通过.*行政区划代码/);
    expect(await page.getByRole("button", { name: "确认导入" }).count()).toBe(0);
    await report.getByText("请修改有问题的行后重新上传").waitFor();
    const after = await graphql<{ myActivities: { edges: unknown[] } }>(
      district,
      'query { myActivities(orgId: "org-cq-yuzhong", first: 100) { edges { node { id } } } }',
    );
    expect(after.myActivities.edges).toHaveLength(before.myActivities.edges.length);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 180_000);
});

describe("the organizer app's activity pages on a phone (375 px)", () => {
  it("fit the width, the list and the drawer form alike", async () => {
    const page = await ui.browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${ui.web.url}/organizers/activity-review?org=org-cq`);
    await signIn(page, admin);
    await page.getByTestId("review-counts").waitFor({ timeout: 30_000 });
    await screenshot(page, "organizers-activity-review-375");
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.goto(`${ui.web.url}/organizers/activity-import?org=org-cq`);
    await page.getByLabel("导入文件（CSV 或 XLSX）").waitFor({ timeout: 30_000 });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.goto(`${ui.web.url}/organizers/activities?org=org-cq`);
    await page.getByTestId("activities").getByRole("row").nth(1).waitFor({ timeout: 30_000 });
    await screenshot(page, "organizers-activities-375");
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "新建活动" }).click();
    await page.getByRole("form", { name: "新建活动" }).getByTestId("session-row").waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    // Once the drawer has slid in, the form is inside the window.
    const editor = page.getByTestId("activity-editor");
    await expect
      .poll(async () => {
        const box = await editor.boundingBox();
        return box && box.x >= 0 ? box.x + box.width : 999;
      })
      .toBeLessThanOrEqual(375);
    await screenshot(page, "organizers-activity-new-375");
    await page.close();
  }, 180_000);
});
