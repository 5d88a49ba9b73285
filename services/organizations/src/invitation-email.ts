import type { Mail } from "@kepu/server";
import type { Role } from "./generated/prisma/enums.js";

/** How a role reads in an e-mail (zh-CN, as the organizer app names it). */
const roleLabel: Record<Role, string> = { ORG_ADMIN: "单位管理员", EDITOR: "编辑", REVIEWER: "评审" };

/**
 * The e-mail that carries an invitation to `to`: who invites, to which unit, in which roles, the
 * days it stays open and the link (absolute: `webUrl` + the acceptance path with its secret).
 */
export function invitationEmail(invitation: {
  to: string;
  orgName: string;
  inviterName: string;
  roles: readonly Role[];
  ttlDays: number;
  url: string;
}): Mail {
  return {
    to: invitation.to,
    subject: `邀请您加入${invitation.orgName}（全国科普日平台）`,
    text: [
      `您好！${invitation.inviterName}邀请您以“${invitation.roles.map((role) => roleLabel[role]).join("、")}”身份加入${invitation.orgName}。`,
      `请在${invitation.ttlDays}天内打开以下链接接受邀请：`,
      invitation.url,
    ].join("\n"),
  };
}
