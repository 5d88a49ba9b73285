import { visitorCount, visitorId, visitorName } from "./activity-set.js";
import type { DemoAccount } from "./types.js";

/** Demo sign-ins listed in the README. The password is public on purpose: demo data only. */
export const demoPassword = "kepu-demo-2024";

export const accounts: DemoAccount[] = [
  {
    id: "demo-organizer",
    email: "organizer@kepu.example",
    displayName: "重庆市科协·示例组织者",
    password: demoPassword,
    platformAdmin: false,
    memberships: [{ orgId: "org-cq", roles: ["ORG_ADMIN", "EDITOR"] }],
  },
  {
    id: "demo-district-organizer",
    email: "yuzhong@kepu.example",
    displayName: "渝中区科协·示例组织者",
    password: demoPassword,
    platformAdmin: false,
    memberships: [{ orgId: "org-cq-yuzhong", roles: ["ORG_ADMIN", "EDITOR"] }],
  },
  {
    id: "demo-reviewer",
    email: "reviewer@kepu.example",
    displayName: "湖南省科协·示例评审",
    password: demoPassword,
    platformAdmin: false,
    memberships: [{ orgId: "org-hn", roles: ["REVIEWER"] }],
  },
  {
    id: "demo-admin",
    email: "admin@kepu.example",
    displayName: "平台管理员",
    password: demoPassword,
    platformAdmin: true,
    memberships: [{ orgId: "org-cast", roles: ["ORG_ADMIN"] }],
  },
  // Members of the public with no role: they registered for the demo's full sessions (issue 9 §5).
  ...Array.from({ length: visitorCount }, (_, index) => ({
    id: visitorId(index + 1),
    email: `visitor${String(index + 1).padStart(2, "0")}@kepu.example`,
    displayName: visitorName(index + 1),
    password: demoPassword,
    platformAdmin: false,
    memberships: [],
  })),
];
