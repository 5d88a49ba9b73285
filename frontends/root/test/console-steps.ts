import type { Locator, Page } from "playwright-core";

/**
 * Steps the browser tests take in the apps more than once: signing in (the organizer app, the public
 * app), picking an option of an antd Select, a Shanghai wall-clock time for the date pickers, making
 * a check-in trail on 打卡路线.
 */

export interface Account {
  email: string;
  password: string;
}

/** Signs in on the organizer app's form and waits until the workspace shows (its sign-out button). */
export async function signInToConsole(page: Page, account: Account): Promise<void> {
  await page.getByLabel("邮箱").fill(account.email);
  await page.getByLabel("密码").fill(account.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("button", { name: "退出登录" }).waitFor({ timeout: 30_000 });
}

/** Signs in on the public app's form (the sign-in page, or a page asking for it), in Chinese or English. */
export async function signInOnPublicPage(page: Page, account: Account): Promise<void> {
  await page
    .getByLabel(/邮箱|E-mail/)
    .first()
    .fill(account.email);
  await page
    .getByLabel(/密码|Password/)
    .first()
    .fill(account.password);
  await page.getByRole("button", { name: /^登录$|^Sign in$/ }).click();
}

const settled = (wait: Promise<unknown>) =>
  wait.then(
    () => true,
    () => false,
  );

/**
 * Picks an option of an antd Select (`select`: its combobox input) and waits until the field shows
 * it: the option titled `which.title`, the first whose text has `which.text`, or the first of all.
 * For a Select that adds what is picked elsewhere and empties itself, `which.shows` is what shows
 * once the pick took. Returns the picked option's title. Made for what a loaded machine does to a plain click:
 * - options that load after the first click (a campaign's categories): it opens the list until they show;
 * - the dropdown of the Select picked just before, still fading out, also matches
 *   `.ant-select-dropdown:visible` (CI at eb02baa clicked a campaign for a category): it looks only
 *   in the dropdown holding this Select's listbox (`<input id>_list`);
 * - a click while the dropdown slides in is sometimes lost (the field stays empty): it waits for the
 *   motion to end, then checks that the field shows the option, and tries again if not.
 * For a multiple Select, pick an option not yet chosen (a second click would take it off).
 */
export async function pickOption(
  page: Page,
  select: Locator,
  which: { title?: string; text?: string; shows?: Locator } = {},
): Promise<string> {
  const id = await select.getAttribute("id");
  if (!id) throw new Error("the Select's input has no id: its options cannot be told from another's");
  const dropdown = page.locator(`.ant-select-dropdown:has([id="${id}_list"])`);
  const options = dropdown.locator(".ant-select-item-option");
  const wanted = (
    which.title
      ? options.and(page.locator(`[title="${which.title}"]`))
      : which.text
        ? options.filter({ hasText: which.text })
        : options
  ).first();
  const field = page.locator(".ant-select").filter({ has: page.locator(`[id="${id}"]`) });
  for (let attempt = 0; attempt < 6; attempt += 1) {
    for (let opening = 0; opening < 18 && !(await wanted.isVisible()); opening += 1) {
      await select.click();
      await settled(wanted.waitFor({ timeout: 5_000 }));
    }
    await page
      .locator(`.ant-select-dropdown:has([id="${id}_list"]):not([class*="-appear"]):not([class*="-enter"])`)
      .waitFor({ timeout: 10_000 });
    const title = (await wanted.getAttribute("title")) ?? (await wanted.textContent()) ?? "";
    await wanted.click();
    const shows = which.shows ?? field.filter({ hasText: which.text ?? title });
    if (await settled(shows.waitFor({ timeout: 5_000 }))) return title;
  }
  throw new Error(`the Select ${id} did not take the option`);
}

/**
 * Waits for `shown` (up to `timeout` ms); if it never shows, fails with what the page says instead
 * (field errors, alerts, toasts), so a refused form reads as its reason, not as a timeout.
 */
export async function waitOrTellWhy(page: Page, shown: Locator, timeout: number): Promise<void> {
  if (await settled(shown.waitFor({ timeout }))) return;
  const said = await page.locator(".ant-form-item-explain-error, .ant-alert, .ant-message").allTextContents();
  throw new Error(`${shown} did not show in ${timeout} ms; the page says: ${JSON.stringify(said)}`);
}

/**
 * Types a session's start and end ("YYYY-MM-DD HH:mm", Shanghai) into the antd RangePicker in
 * `scope`, confirming each with the picker's OK. As with pickOption, under load the OK was clicked
 * in a dropdown still sliding in (the click lost) or `:visible` matched a second, fading dropdown:
 * here OK is clicked only in this picker's open dropdown once its motion has ended, and the step
 * checks, after the dropdown has closed, that the picker kept both times, typing them again if not.
 */
export async function fillRange(page: Page, scope: Locator, start: string, end: string): Promise<void> {
  const inputs = scope.locator(".ant-picker input");
  const open = page.locator(
    '.ant-picker-dropdown:not(.ant-picker-dropdown-hidden):not([class*="-appear"]):not([class*="-enter"]):not([class*="-leave"])',
  );
  for (let attempt = 0; attempt < 4; attempt += 1) {
    for (const [index, value] of [
      [0, start],
      [1, end],
    ] as const) {
      const input = inputs.nth(index);
      if (!(await open.isVisible())) await input.click();
      await input.fill(value);
      const ok = open.locator(".ant-picker-ok button:not([disabled])");
      if (await settled(ok.waitFor({ timeout: 10_000 }))) await ok.click();
    }
    await settled(open.waitFor({ state: "hidden", timeout: 5_000 }));
    if ((await inputs.nth(0).inputValue()) === start && (await inputs.nth(1).inputValue()) === end) return;
    await page.keyboard.press("Escape");
  }
  throw new Error(`the range picker did not keep ${start} – ${end}`);
}

/** Picks the option titled `option` of the antd Select labelled `label` in `scope` (see pickOption). */
export async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await pickOption(page, scope.getByLabel(label), { title: option });
}

/** Shanghai wall clock "YYYY-MM-DD HH:mm" of the day `days` after `from` (default now) at `hour`:`minute`. */
export function shanghai(days: number, hour: number, minute: number, from = Date.now()): string {
  const day = new Date(from + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${day} ${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** The instant of a Shanghai wall-clock time "YYYY-MM-DD HH:mm". */
export const shanghaiInstant = (wallClock: string) => new Date(`${wallClock.replace(" ", "T")}:00+08:00`);

/** A stop as the trail editor takes it: a published activity found by words of its title, or a venue. */
export type StopChoice = { activity: string; search: string } | { venue: string; place: string };

/**
 * On 打卡路线 (/organizers/trails, signed in, the unit chosen by ?org=): picks the campaign, makes a
 * trail with these stops in order and publishes it. Returns each stop's venue screen path
 * (/trails/<id>/screen/<stopId>) as the page links it, in order.
 */
export async function publishTrailInConsole(
  page: Page,
  trail: { campaign: string; title: string; summary: string; stops: StopChoice[] },
): Promise<string[]> {
  await choose(page, page.locator("body"), "科普日届次", trail.campaign);
  await page.getByRole("button", { name: "新建路线" }).click();
  const form = page.getByRole("form", { name: "新建路线" });
  await form.waitFor();
  await form.getByLabel("路线名称").fill(trail.title);
  await form.getByLabel("路线简介").fill(trail.summary);
  for (const [index, stop] of trail.stops.entries()) {
    if (index > 0) await form.getByRole("button", { name: "添加站点" }).click();
    const card = form.getByTestId("trail-stop").nth(index);
    if ("venue" in stop) {
      await card.getByText("场馆", { exact: true }).click();
      await card.getByLabel("站点名称").fill(stop.venue);
      await card.getByRole("textbox", { name: "场馆", exact: true }).fill(stop.place);
    } else {
      const select = card.getByLabel("选择活动");
      await select.click();
      await select.fill(stop.search);
      await pickOption(page, select, { text: stop.activity });
    }
  }
  await form.getByRole("button", { name: "保存" }).click();
  // Saved, the drawer edits the new trail (a state that stays, unlike the 3-second toast).
  await page.getByRole("form", { name: "编辑路线" }).waitFor({ timeout: 30_000 });
  await page.locator(".ant-drawer-close").first().click();
  const row = page.getByTestId("trails").getByRole("row").filter({ hasText: trail.title });
  await row.getByText("草稿").waitFor({ timeout: 30_000 });
  await row.getByRole("button", { name: "发布" }).click();
  await row.getByText("已发布").waitFor({ timeout: 30_000 });
  const links = row.getByRole("link", { name: /打卡码屏幕/ });
  return Promise.all(
    (await links.all()).map(async (link) => new URL((await link.getAttribute("href")) ?? "", "http://x").pathname),
  );
}
