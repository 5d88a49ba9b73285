import { isUniqueViolation } from "@kepu/db";
import type { Mail } from "@kepu/server";
import { userError } from "@kepu/subgraph";
import { hash } from "@node-rs/argon2";
import type { Context } from "./builder.js";
import { readSignUpToken, signUpToken } from "./secrets.js";

/** How long a sign-up link works. */
export const signUpLinkTtlHours = 24;

/**
 * Public sign-up (issue 9 §5: the public signs up with e-mail and password, no roles), in two steps
 * so it is no account oracle and the address is proved: `requestSignUp` always answers the same and
 * mails the address either a link to finish (`/sign-up?token=…`, valid 24 hours) or, when it is
 * registered already, a note to sign in instead. Nothing is written until `completeSignUp`.
 */
export async function requestSignUp(ctx: Context, email: string, now = new Date()): Promise<void> {
  const existing = await ctx.db.user.findUnique({ where: { email }, select: { id: true } });
  await ctx.mailer.send(existing ? alreadyRegisteredEmail(ctx, email) : signUpEmail(ctx, email, now));
}

function signUpEmail(ctx: Context, email: string, now: Date): Mail {
  const token = signUpToken(ctx.signUpKey, email, new Date(now.getTime() + signUpLinkTtlHours * 3_600_000));
  const url = `${ctx.webUrl.replace(/\/$/, "")}/sign-up?token=${encodeURIComponent(token)}`;
  return {
    to: email,
    subject: "完成注册（全国科普日平台）",
    text: [
      "您好！请在24小时内打开以下链接，设置姓名和密码，完成注册：",
      url,
      "如果不是您本人操作，请忽略本邮件。",
      "",
      `To finish signing up for the National Science Popularization Day platform, open this link within 24 hours: ${url}`,
    ].join("\n"),
  };
}

function alreadyRegisteredEmail(ctx: Context, email: string): Mail {
  const url = `${ctx.webUrl.replace(/\/$/, "")}/sign-in`;
  return {
    to: email,
    subject: "您已注册（全国科普日平台）",
    text: [
      "您好！有人（可能是您）用此邮箱申请注册，但该邮箱已有账号。请直接登录：",
      url,
      "如果不是您本人操作，请忽略本邮件。",
      "",
      `This address already has an account; sign in at ${url}`,
    ].join("\n"),
  };
}

/**
 * Creates the public account a sign-up link was mailed for (no memberships, no roles) and returns
 * its id; the caller starts its sign-in. Refused: a forged, altered or expired link
 * (BAD_USER_INPUT, field `token`); an address registered meanwhile (CONFLICT), with nothing written.
 */
export async function completeSignUp(
  ctx: Context,
  input: { token: string; displayName: string; password: string },
): Promise<string> {
  const email = readSignUpToken(ctx.signUpKey, input.token);
  if (!email) throw userError("BAD_USER_INPUT", "注册链接无效或已过期，请重新申请", { field: "token" });
  try {
    const user = await ctx.db.user.create({
      data: { email, displayName: input.displayName, passwordHash: await hash(input.password) },
      select: { id: true },
    });
    return user.id;
  } catch (error) {
    if (isUniqueViolation(error)) throw userError("CONFLICT", "该邮箱已注册，请直接登录");
    throw error;
  }
}
