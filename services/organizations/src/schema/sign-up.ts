import { independentOfRights } from "@kepu/subgraph";
import { z } from "zod";
import { startAuthSession } from "../auth-sessions.js";
import { builder } from "../builder.js";
import { displayName, email as emailSchema, newPassword } from "../domain/org-input.js";
import { completeSignUp, requestSignUp } from "../sign-up.js";
import { AuthSessionPayload } from "./auth-session.js";

const CompleteSignUpInput = builder.inputType("CompleteSignUpInput", {
  fields: (t) => ({
    token: t.string({ description: "The secret from the link requestSignUp mailed." }),
    displayName: t.string({ description: "2–50 characters." }),
    password: t.string({ description: "At least 10 characters." }),
  }),
  validate: z.object({
    token: z.string().min(20, "注册链接无效或已过期，请重新申请").max(1000, "注册链接无效或已过期，请重新申请"),
    displayName,
    password: newPassword,
  }),
});

builder.mutationFields((t) => ({
  requestSignUp: t.boolean({
    ...independentOfRights,
    description:
      "Public sign-up, step 1: mails the address a link to finish (or, if it has an account, a note to sign in). Always true: it tells nobody whether the address is registered.",
    args: { email: t.arg.string({ validate: emailSchema }) },
    resolve: async (_root, args, ctx) => {
      await requestSignUp(ctx, args.email);
      return true;
    },
  }),
  completeSignUp: t.field({
    ...independentOfRights,
    type: AuthSessionPayload,
    description:
      "Public sign-up, step 2: with the mailed link's token, a name and a password, creates the account (no roles) and signs in.",
    args: { input: t.arg({ type: CompleteSignUpInput }) },
    resolve: async (_root, { input }, ctx) => startAuthSession(ctx, await completeSignUp(ctx, input)),
  }),
}));
