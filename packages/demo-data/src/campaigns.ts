import {
  chongqingCoHostIds,
  hunanMemberUnitIds,
  nationalCoHostIds,
  shenzhenMemberUnitIds,
  specialParticipantIds,
} from "./orgs.js";
import type { CampaignHostRole, DemoCampaign } from "./types.js";

const as = (role: CampaignHostRole) => (orgId: string) => ({ orgId, role });

/**
 * The national editions of 2023 and 2024 and three regional editions of 2024. Regional editions
 * inherit the national theme (theme null) and carry their own window, hosts and summary deadline.
 */
export const campaigns: DemoCampaign[] = [
  {
    // Seed 001: 中国科协等21部门, 9月17-23日; summaries by 10-10 on the platform.
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
      ...nationalCoHostIds.map(as("CO_HOST")),
      ...specialParticipantIds.map(as("SPECIAL_PARTICIPANT")),
    ],
  },
  {
    // Seed 000: 9月15-25日, the 21 proposed hosts; provincial 科协 and national societies report by 10-10.
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
    hosts: [{ orgId: "org-cast", role: "LEAD" }, ...nationalCoHostIds.map(as("CO_HOST"))],
  },
  {
    // Seed 002: 市科协 + 19 municipal departments; summaries (PDF and Word) by Friday 09-27.
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
    hosts: [{ orgId: "org-cq", role: "LEAD" }, ...chongqingCoHostIds.map(as("CO_HOST"))],
  },
  {
    // Seed 003: organized by 省纲要办 (seal of 省科协 "代章"); summaries and nominations by 10-08.
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
    hosts: [
      { orgId: "org-hn-gangyao", role: "LEAD" },
      { orgId: "org-hn", role: "CO_HOST" },
      ...hunanMemberUnitIds.map(as("MEMBER")),
    ],
  },
  {
    // Seed 004: 第二十一届全国科普日暨第五届深圳科普月, 9月1-30日; 图文总结 by 09-28.
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
      { orgId: "org-sz-lianxi", role: "LEAD" },
      { orgId: "org-sz", role: "CO_HOST" },
      ...shenzhenMemberUnitIds.map(as("MEMBER")),
    ],
  },
];
