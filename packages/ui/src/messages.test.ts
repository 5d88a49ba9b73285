import { describe, expect, it } from "vitest";
import { type MessageKey, messageParts, messages, translate } from "./messages.js";

describe("messages", () => {
  it("has every Chinese key in English too, and no empty text", () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages["zh-CN"]).sort());
    for (const locale of Object.values(messages))
      for (const text of Object.values(locale)) expect(text.trim()).not.toBe("");
  });

  it("defines each key in one module only (the public trails page once showed the console's heading)", () => {
    const owners = new Map<string, number[]>();
    messageParts.forEach((part, index) => {
      for (const key of Object.keys(part["zh-CN"])) owners.set(key, [...(owners.get(key) ?? []), index]);
    });
    expect([...owners].filter(([, parts]) => parts.length > 1)).toEqual([]);
  });

  it("names the campaign set-up for what it is: no campaign text reads as activities (活动)", () => {
    expect(messages["zh-CN"]["nav.campaigns"]).toBe("科普日届次设置");
    expect(messages.en["nav.campaigns"]).toBe("Campaign set-up");
    const campaignKeys = Object.keys(messages["zh-CN"]).filter((key) =>
      /^campaigns?\.|CAMPAIGN/.test(key),
    ) as MessageKey[];
    expect(campaignKeys.length).toBeGreaterThan(20);
    for (const key of campaignKeys) {
      expect(messages["zh-CN"][key], key).not.toContain("活动");
      expect(messages.en[key], key).not.toMatch(/activit/i);
    }
  });

  it("has a 404 page in both languages", () => {
    expect(translate("zh-CN", "notFound.text", { path: "/nope" })).toContain("/nope");
    expect(translate("en", "notFound.title")).toBe("Page not found");
  });

  it("fills placeholders", () => {
    expect(translate("zh-CN", "activity.host", { name: "重庆市科协" })).toBe("主办单位：重庆市科协");
    expect(translate("en", "state.error", { message: "timeout" })).toBe("Could not load: timeout");
  });
});
