import { chongqingCoHostIds, nationalCoHostIds, specialParticipantIds } from "./orgs.js";
import type { DemoCampaign } from "./types.js";

export const campaigns: DemoCampaign[] = [
  {
    id: "cmp-2023",
    name: "2023年全国科普日",
    edition: 20,
    year: 2023,
    theme: "提升全民科学素质，助力科技自立自强",
    startsOn: "2023-09-17",
    endsOn: "2023-09-23",
    summaryDeadline: "2023-10-10T23:59:59+08:00",
    parentId: null,
    regionOrgId: null,
    hosts: [
      { orgId: "org-cast", role: "LEAD" },
      ...nationalCoHostIds.map((orgId) => ({ orgId, role: "CO_HOST" as const })),
      ...specialParticipantIds.map((orgId) => ({ orgId, role: "SPECIAL_PARTICIPANT" as const })),
    ],
  },
  {
    id: "cmp-2024",
    name: "2024年全国科普日",
    edition: 21,
    year: 2024,
    theme: "提升全民科学素质，协力建设科技强国",
    startsOn: "2024-09-15",
    endsOn: "2024-09-25",
    summaryDeadline: "2024-10-10T23:59:59+08:00",
    parentId: null,
    regionOrgId: null,
    hashtags: ["#千万IP创科普#"],
    hosts: [
      { orgId: "org-cast", role: "LEAD" },
      ...nationalCoHostIds.map((orgId) => ({ orgId, role: "CO_HOST" as const })),
    ],
  },
  {
    id: "cmp-2024-cq",
    name: "2024年重庆市全国科普日",
    edition: 21,
    year: 2024,
    theme: null,
    startsOn: "2024-09-15",
    endsOn: "2024-09-25",
    summaryDeadline: "2024-09-27T23:59:59+08:00",
    parentId: "cmp-2024",
    regionOrgId: "org-cq",
    // Seed 002 §二(三): 市科协 and 19 municipal co-hosts, in the notice's order.
    hosts: [
      { orgId: "org-cq", role: "LEAD" },
      ...chongqingCoHostIds.map((orgId) => ({ orgId, role: "CO_HOST" as const })),
    ],
  },
  {
    id: "cmp-2024-hn",
    name: "2024年湖南省全国科普日",
    edition: 21,
    year: 2024,
    theme: null,
    startsOn: "2024-09-15",
    endsOn: "2024-09-30",
    summaryDeadline: "2024-10-08T23:59:59+08:00",
    parentId: "cmp-2024",
    regionOrgId: "org-hn",
    // The provincial 纲要办 organizes this edition, so it may approve Hunan units' submissions too.
    approverOrgId: "org-hn-gangyao",
    hosts: [
      // Organized by the provincial 纲要办 on behalf of the 省科协 (seed 003: signed by the 纲要办,
      // "湖南省科学技术协会代章"). The notice names no other host and does not list the 纲要办's member
      // units (it only addresses them), so the MEMBER entries below are illustrative demo members, not
      // a list taken from the notice.
      { orgId: "org-hn-gangyao", role: "LEAD" },
      { orgId: "org-hn", role: "CO_HOST" },
      { orgId: "org-hn-dept-edu", role: "MEMBER" },
      { orgId: "org-hn-dept-sci", role: "MEMBER" },
      { orgId: "org-hn-dept-health", role: "MEMBER" },
    ],
  },
  {
    id: "cmp-2024-sz",
    name: "2024年深圳全国科普日暨深圳科普月",
    edition: 21,
    year: 2024,
    theme: null,
    startsOn: "2024-09-01",
    endsOn: "2024-09-30",
    summaryDeadline: "2024-09-28T23:59:59+08:00",
    parentId: "cmp-2024",
    regionOrgId: "org-sz",
    hosts: [
      // Seed 004 is issued by the 联席会议办公室 ("深圳市科学技术协会代章") and names no other host; it
      // addresses the 联席会议's member units without listing them, so the MEMBER entries below are
      // illustrative demo members, not a list taken from the notice.
      { orgId: "org-sz-lianxi", role: "LEAD" },
      { orgId: "org-sz", role: "CO_HOST" },
      { orgId: "org-sz-dept-edu", role: "MEMBER" },
      { orgId: "org-sz-dept-health", role: "MEMBER" },
    ],
  },
];
