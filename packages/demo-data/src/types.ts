/**
 * The demo slice of the domain, shared by every service's seed so that keys that cross services
 * (an activity's host org, a work's activity, a nomination's activity) agree. IDs are stable slugs
 * so that a re-run of a seed updates rather than duplicates. Dates are ISO strings in Asia/Shanghai
 * (e.g. "2024-09-15T09:00:00+08:00"); campaign windows are calendar dates ("2024-09-15").
 */

export type OrgKind =
  | "ASSOCIATION" // 科协
  | "SOCIETY" // 学会/协会/研究会
  | "BASE" // 科普教育基地, 科学家精神教育基地, 科普示范点
  | "MUSEUM" // 科技馆, 博物馆
  | "DEPARTMENT" // government department / co-host ministry
  | "ENTERPRISE"
  | "UNIVERSITY"
  | "PARK"
  | "COORDINATION_BODY" // 纲要办, 科普工作联席会议(办公室)
  | "OTHER";

export type OrgLevel = "NATIONAL" | "PROVINCIAL" | "PREFECTURAL" | "COUNTY" | "GRASSROOTS";

export interface DemoOrg {
  id: string;
  name: string;
  shortName?: string;
  kind: OrgKind;
  level: OrgLevel;
  /** null only for the roots (中国科协, the national ministries). */
  parentId: string | null;
  /** GB/T 2260 six-digit code where the unit is tied to a region. */
  regionCode?: string;
  address?: string;
  /** Personal data: never public. */
  contacts?: { name: string; title?: string; phone?: string; email?: string }[];
}

export type CampaignHostRole = "LEAD" | "CO_HOST" | "MEMBER" | "SPECIAL_PARTICIPANT";

export interface DemoCampaign {
  id: string;
  name: string;
  /** 20 for 2023, 21 for 2024; regional editions carry the national number too. */
  edition: number;
  year: number;
  /** null on a regional edition that inherits its parent's theme. */
  theme: string | null;
  startsOn: string;
  endsOn: string;
  /** Summary deadline (ISO date-time, +08:00). */
  summaryDeadline?: string;
  parentId: string | null;
  /** The org whose territory a regional edition covers (重庆市科协 …); null for national. */
  regionOrgId: string | null;
  /** A regional edition's designated approver of its region's submissions, beside the level above. */
  approverOrgId?: string;
  /** This edition's own hashtags for science works (2024 national: #千万IP创科普#). */
  hashtags?: string[];
  hosts: { orgId: string; role: CampaignHostRole }[];
}

export type ActivityCategory = "KEY" | "JOINT_ACTION" | "MAIN_VENUE" | "SPECIAL_ACTION";
export type ActivityForm =
  | "EXHIBITION"
  | "LECTURE"
  | "EXPERIMENT"
  | "STUDY_TOUR"
  | "SCIENCE_NIGHT"
  | "CHECK_IN_TRAIL"
  | "OPEN_DAY"
  | "LIVESTREAM"
  | "ONLINE_EXHIBITION"
  | "COMPETITION"
  | "TRAINING"
  | "CONSULTATION"
  | "SALON"
  | "AR_VR";
export type ActivityMode = "ONLINE" | "OFFLINE" | "HYBRID";
export type Audience =
  | "POLICY_MAKERS"
  | "STUDENTS_AND_YOUNG_RESEARCHERS"
  | "CHILDREN_AND_TEENAGERS"
  | "ELDERLY"
  | "FARMERS"
  | "WOMEN"
  | "GENERAL_PUBLIC";

/** A session (场次) of a demo activity. */
export interface DemoSession {
  id: string;
  startsAt: string;
  endsAt: string;
  /** Places; absent when the session takes no registration. */
  capacity?: number;
  registrationRequired?: boolean;
  /**
   * How many demo visitors register, in order (`demo-visitor-01` first): those up to the capacity
   * are confirmed, the rest wait (候补) in that order.
   */
  registrants?: number;
}

export interface DemoActivity {
  id: string;
  campaignId: string;
  hostOrgId: string;
  title: string;
  /** A plain-text description, a few sentences, Chinese. */
  summary: string;
  category: ActivityCategory;
  /** Brand/programme, e.g. "千馆展览探未来", "万场报告话前沿", "科普中国·前沿讲坛", "学会科普联合行动". */
  programme?: string;
  forms: ActivityForm[];
  mode: ActivityMode;
  topics: string[];
  audiences: Audience[];
  startsAt: string;
  endsAt: string;
  regionCode?: string;
  venue?: string;
  address?: string;
  latitude?: number;
  longitude?: number;
  /** A livestream link, for online and hybrid activities. */
  livestreamUrl?: string;
  /** Its sessions (场次); without them the seed makes one session spanning the activity. */
  sessions?: DemoSession[];
  /** Reported results, for activities that have ended. */
  sessionsCount?: number;
  peopleServed?: number;
}

export type WorkKind = "SHORT_VIDEO" | "ARTICLE" | "IMAGE_SET" | "LIVESTREAM_REPLAY" | "VR" | "AUDIO";

export interface DemoWork {
  id: string;
  title: string;
  kind: WorkKind;
  /** The creator's public display name (a person, an account or a unit). */
  authorName: string;
  summary: string;
  /** From the one topic list (@kepu/subgraph scienceTopics). */
  topics: string[];
  /** 科普中国, 学习强国, 微博, 抖音, 腾讯, 快手, 知乎, 头条, B站, 百度 */
  platform: string;
  url: string;
  ownerOrgId: string;
  activityId: string | null;
  campaignId: string;
  publishedAt: string;
}

export type NominationKind = "UNIT" | "ACTIVITY";

export interface DemoNomination {
  id: string;
  campaignId: string;
  kind: NominationKind;
  /** Who recommends (a 市州科协, a 纲要办 member unit, a 省级学会 …). */
  recommenderOrgId: string;
  /** The unit nominated (kind UNIT) or the activity's host (kind ACTIVITY). */
  orgId: string;
  activityId: string | null;
  title: string;
  /** At most 500 characters. */
  description: string;
  sessionsCount: number;
  peopleServed: number;
  /** Personal data: never public. */
  contactName: string;
  contactPhone: string;
}

/** A campaign's quota category (推荐名额类别): who falls in it, and their places. Empty matchers match all. */
export interface DemoQuotaCategory {
  id: string;
  campaignId: string;
  name: string;
  position: number;
  orgKinds?: OrgKind[];
  orgLevels?: OrgLevel[];
  hostRoles?: CampaignHostRole[];
  maxUnits: number;
  maxActivities: number;
}

export type Role = "ORG_ADMIN" | "EDITOR" | "REVIEWER";

export interface DemoAccount {
  id: string;
  email: string;
  displayName: string;
  password: string;
  platformAdmin: boolean;
  memberships: { orgId: string; roles: Role[] }[];
}
