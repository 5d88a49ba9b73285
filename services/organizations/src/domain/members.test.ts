import { describe, expect, it } from "vitest";
import { invitationEmail } from "../invitation-email.js";
import {
  invitationExpiry,
  invitationPath,
  newAccountAddress,
  rolesAfterAcceptance,
  whyNotForViewer,
} from "./invitations.js";
import { rolesInput, whyNotOnSelf } from "./members.js";

describe("invitations", () => {
  it("open for seven days, at a path carrying the secret", () => {
    expect(invitationExpiry(new Date("2026-11-30T00:00:00Z")).toISOString()).toBe("2026-12-07T00:00:00.000Z");
    expect(invitationPath("a-b_c")).toBe("/organizers/invite?token=a-b_c");
  });

  it("an e-mail invitation is for that address only; a link invitation for anyone", () => {
    expect(whyNotForViewer("a@example.org", "b@example.org")).toBe(
      "此邀请发给 a@example.org，请用该邮箱的账号登录后接受",
    );
    expect(whyNotForViewer("a@example.org", "a@example.org")).toBeNull();
    expect(whyNotForViewer(null, "b@example.org")).toBeNull();
  });

  it("a new account takes the invited address over the one typed, and needs a name and a password", () => {
    const typed = { email: "typed@example.org", displayName: "张三", password: "long-enough-1" };
    expect(newAccountAddress("invited@example.org", typed)).toEqual({ email: "invited@example.org" });
    expect(newAccountAddress(null, typed)).toEqual({ email: "typed@example.org" });
    expect(newAccountAddress(null, { ...typed, email: null })).toEqual({ problem: "请填写邮箱" });
    expect(newAccountAddress(null, { ...typed, password: null })).toEqual({ problem: "请填写姓名并设置密码" });
  });

  it("adds the invited roles to those held, once each", () => {
    expect(rolesAfterAcceptance(["EDITOR"], ["EDITOR", "REVIEWER"])).toEqual(["EDITOR", "REVIEWER"]);
  });

  it("says who invites, to what, in which roles, for how long, with the link", () => {
    expect(
      invitationEmail({
        to: "new@example.org",
        orgName: "渝中区科协",
        inviterName: "李四",
        roles: ["ORG_ADMIN", "REVIEWER"],
        ttlDays: 7,
        url: "https://kepu.example/organizers/invite?token=x",
      }),
    ).toEqual({
      to: "new@example.org",
      subject: "邀请您加入渝中区科协（全国科普日平台）",
      text: "您好！李四邀请您以“单位管理员、评审”身份加入渝中区科协。\n请在7天内打开以下链接接受邀请：\nhttps://kepu.example/organizers/invite?token=x",
    });
  });
});

describe("members", () => {
  it("take at least one role, each once", () => {
    expect(rolesInput.parse(["EDITOR", "EDITOR"])).toEqual(["EDITOR"]);
    expect(rolesInput.safeParse([]).error?.issues[0]?.message).toBe("请至少选择一个角色");
    expect(rolesInput.safeParse(["OWNER"]).success).toBe(false);
  });

  it("never change or remove themselves", () => {
    expect(whyNotOnSelf("u1", "u1", "setRoles")).toBe("不能修改自己的角色，请联系其他管理员");
    expect(whyNotOnSelf("u1", "u1", "remove")).toBe("不能移除自己，请联系其他管理员");
    expect(whyNotOnSelf("u1", "u2", "remove")).toBeNull();
  });
});
