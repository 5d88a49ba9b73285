/**
 * <kepu-activities gateway="https://…/graphql" campaign="…" limit="5" lang="zh-CN">: a list of
 * 科普日 activities with their hosts, for any partner web page. Self-contained (one ES module, no
 * framework, no import map) and isolated in a shadow root so the host page's CSS cannot break it.
 *
 * The heading and the list come from one campaign: the one named by `campaign` (a regional
 * edition such as 重庆's shows its own name), else the current national edition.
 */

import { formatShortDateTime } from "@kepu/time";
import type { KepuWidgetCampaignFieldsFragment } from "./generated/graphql.js";
import { graphql } from "./generated/index.js";

export type WidgetCampaign = KepuWidgetCampaignFieldsFragment;
export type WidgetActivity = WidgetCampaign["activities"]["edges"][number]["node"];

export const campaignFields = graphql(`
  fragment KepuWidgetCampaignFields on Campaign {
    id
    name
    activities(first: $first) { edges { node { id title startsAt endsAt venue host { name } } } }
  }
`);

const campaignQuery = graphql(`
  query KepuWidgetCampaign($campaignId: ID!, $first: Int!) {
    campaign(id: $campaignId) { ...KepuWidgetCampaignFields }
  }
`);

const currentCampaignQuery = graphql(`
  query KepuWidgetCurrentCampaign($first: Int!) {
    currentCampaign { ...KepuWidgetCampaignFields }
  }
`);

const text = {
  "zh-CN": {
    loading: "加载中…",
    empty: "暂无活动",
    error: "活动加载失败",
    noCampaign: "没有找到这一届科普日",
    host: "主办",
  },
  en: {
    loading: "Loading…",
    empty: "No activities yet",
    error: "Could not load activities",
    noCampaign: "No such campaign",
    host: "Host",
  },
} as const;

const styles = `
:host { display: block; font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2933; }
h2 { font-size: 1rem; margin: 0 0 8px; color: #0b5394; }
ul { list-style: none; margin: 0; padding: 0; }
li { border-top: 1px solid #d9e2ec; padding: 8px 0; }
.title { font-weight: 600; }
.meta { color: #52606d; font-size: .85rem; }
`;

export class KepuActivitiesElement extends HTMLElement {
  static observedAttributes = ["gateway", "campaign", "limit", "lang"];
  private readonly root: ShadowRoot;
  private generation = 0;
  private loadScheduled = false;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: "open" });
  }

  connectedCallback(): void {
    this.scheduleLoad();
  }

  attributeChangedCallback(): void {
    this.scheduleLoad();
  }

  /**
   * An element upgraded in place (the module runs after the page is parsed) gets one
   * attributeChangedCallback per attribute, then connectedCallback: coalesce them into one request.
   */
  private scheduleLoad(): void {
    if (this.loadScheduled) return;
    this.loadScheduled = true;
    this.render(`<p class="meta">${text[this.language].loading}</p>`);
    queueMicrotask(() => {
      this.loadScheduled = false;
      if (this.isConnected) void this.load();
    });
  }

  private get language(): "zh-CN" | "en" {
    return this.getAttribute("lang") === "en" ? "en" : "zh-CN";
  }

  private get limit(): number {
    const value = Number.parseInt(this.getAttribute("limit") ?? "5", 10);
    return Number.isFinite(value) ? Math.min(Math.max(value, 1), 50) : 5;
  }

  /** Fetches and renders; a newer load supersedes an older one still in flight. */
  async load(): Promise<void> {
    const generation = ++this.generation;
    const t = text[this.language];
    this.render(`<p class="meta">${t.loading}</p>`);
    const gateway = this.getAttribute("gateway");
    if (!gateway) return this.render(`<p class="meta">${t.error}</p>`);
    const campaignId = this.getAttribute("campaign")?.trim();
    const request = campaignId
      ? { query: campaignQuery.toString(), variables: { campaignId, first: this.limit } }
      : { query: currentCampaignQuery.toString(), variables: { first: this.limit } };
    try {
      const response = await fetch(gateway, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(request),
      });
      const body = (await response.json()) as {
        data?: { campaign?: WidgetCampaign | null; currentCampaign?: WidgetCampaign | null } | null;
      };
      if (generation !== this.generation) return;
      if (!response.ok || !body.data) throw new Error(String(response.status));
      const campaign = campaignId ? body.data.campaign : body.data.currentCampaign;
      if (!campaign) return this.render(`<p class="meta">${t.noCampaign}</p>`);
      this.renderList(
        campaign.name,
        campaign.activities.edges.map((e) => e.node),
      );
    } catch {
      if (generation === this.generation) this.render(`<p class="meta">${t.error}</p>`);
    }
  }

  private renderList(campaign: string, activities: WidgetActivity[]): void {
    const t = text[this.language];
    const items = activities
      .map(
        (a) => `<li>
  <div class="title">${escapeHtml(a.title)}</div>
  <div class="meta">${escapeHtml(formatShortDateTime(a.startsAt, this.language))}${a.venue ? ` · ${escapeHtml(a.venue)}` : ""}</div>
  <div class="meta">${t.host}：${escapeHtml(a.host?.name ?? "—")}</div>
</li>`,
      )
      .join("");
    this.render(
      `${campaign ? `<h2>${escapeHtml(campaign)}</h2>` : ""}${items ? `<ul>${items}</ul>` : `<p class="meta">${t.empty}</p>`}`,
    );
  }

  private render(html: string): void {
    this.root.innerHTML = `<style>${styles}</style>${html}`;
  }
}

/** Everything from the graph is text: escape it before it becomes HTML. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

if (typeof customElements !== "undefined" && !customElements.get("kepu-activities")) {
  customElements.define("kepu-activities", KepuActivitiesElement);
}
