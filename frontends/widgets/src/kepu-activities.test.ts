// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import "./kepu-activities.js";

const activities = {
  edges: [
    {
      node: {
        id: "a1",
        title: "科学之夜<script>alert(1)</script>",
        startsAt: "2024-09-20T10:30:00Z",
        endsAt: "2024-09-20T14:00:00Z",
        venue: "湖南省科学技术馆",
        host: { name: "湖南省科学技术馆" },
      },
    },
  ],
};
const campaigns: Record<string, string> = {
  "cmp-2024": "2024年全国科普日",
  "cmp-2024-cq": "2024年重庆市全国科普日",
  "cmp-2024-hn": "2024年湖南省<全国科普日>",
};

/** A gateway that answers what it is asked: `campaign(id:)` by id, `currentCampaign` with the national edition. */
function fakeGateway(status = 200) {
  return vi.fn(async (_url: string, init: { body: string }) => {
    const { query, variables } = JSON.parse(init.body) as { query: string; variables: { campaignId?: string } };
    const campaign = (id: string) => (campaigns[id] ? { id, name: campaigns[id], activities } : null);
    const data: Record<string, unknown> = {};
    if (/\bcampaign\(id:/.test(query)) data.campaign = campaign(variables.campaignId ?? "");
    if (/\bcurrentCampaign\b/.test(query)) data.currentCampaign = campaign("cmp-2024");
    // What the widget asked before it read the campaign it is set to: the list beside the current edition.
    if (/^\s*activities\(/m.test(query)) data.activities = activities;
    return new Response(JSON.stringify({ data }), { status });
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

async function mount(attributes: string): Promise<ShadowRoot> {
  document.body.innerHTML = `<kepu-activities ${attributes}></kepu-activities>`;
  const element = document.querySelector("kepu-activities") as HTMLElement;
  await vi.waitFor(() => expect(element.shadowRoot?.innerHTML).not.toMatch(/加载中|Loading/));
  return element.shadowRoot as ShadowRoot;
}

describe("<kepu-activities>", () => {
  it("renders activities with their hosts, in Shanghai time, escaping what the graph sends", async () => {
    const fetchStub = fakeGateway();
    vi.stubGlobal("fetch", fetchStub);
    const shadow = await mount('gateway="https://kepu.example/graphql" campaign="cmp-2024" limit="3"');
    expect(shadow.querySelector("h2")?.textContent).toBe("2024年全国科普日");
    expect(shadow.textContent).toContain("主办：湖南省科学技术馆");
    expect(shadow.textContent).toContain("18:30");
    expect(shadow.querySelector("script")).toBeNull();
    const body = JSON.parse((fetchStub.mock.calls[0] as unknown as [string, { body: string }])[1].body);
    expect(body.variables).toEqual({ campaignId: "cmp-2024", first: 3 });
  });

  it("sends one request for an element upgraded with several attributes, and one per later change", async () => {
    const fetchStub = fakeGateway();
    vi.stubGlobal("fetch", fetchStub);
    await mount('gateway="https://kepu.example/graphql" campaign="cmp-2024" limit="3" lang="en"');
    expect(fetchStub).toHaveBeenCalledTimes(1);
    const element = document.querySelector("kepu-activities") as HTMLElement;
    element.setAttribute("limit", "4");
    element.setAttribute("lang", "zh-CN");
    await vi.waitFor(() => expect(fetchStub).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(element.shadowRoot?.textContent).toContain("主办：湖南省科学技术馆"));
    const body = JSON.parse((fetchStub.mock.calls[1] as unknown as [string, { body: string }])[1].body);
    expect(body.variables).toEqual({ campaignId: "cmp-2024", first: 4 });
  });

  it("heads the list with the campaign it is set to (重庆's, not the national edition), in both languages", async () => {
    vi.stubGlobal("fetch", fakeGateway());
    for (const lang of ["zh-CN", "en"]) {
      const shadow = await mount(`gateway="https://kepu.example/graphql" campaign="cmp-2024-cq" lang="${lang}"`);
      expect(shadow.querySelector("h2")?.textContent, lang).toBe("2024年重庆市全国科普日");
    }
    // Escaped like everything else from the graph.
    const shadow = await mount('gateway="https://kepu.example/graphql" campaign="cmp-2024-hn"');
    expect(shadow.querySelector("h2")?.textContent).toBe("2024年湖南省<全国科普日>");
    // Without a campaign: the current edition, by its own name.
    const current = await mount('gateway="https://kepu.example/graphql" lang="en"');
    expect(current.querySelector("h2")?.textContent).toBe("2024年全国科普日");
  });

  it("says so when the campaign it is set to does not exist, in the chosen language", async () => {
    vi.stubGlobal("fetch", fakeGateway());
    const shadow = await mount('gateway="https://kepu.example/graphql" campaign="cmp-nope" lang="en"');
    expect(shadow.textContent).toContain("No such campaign");
    expect(shadow.querySelector("h2")).toBeNull();
  });

  it("says so when the gateway fails, in the chosen language", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("{}", { status: 502 })),
    );
    const shadow = await mount('gateway="https://kepu.example/graphql" lang="en"');
    expect(shadow.textContent).toContain("Could not load activities");
  });
});
