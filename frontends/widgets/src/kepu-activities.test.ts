// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import "./kepu-activities.js";

const response = {
  data: {
    currentCampaign: { name: "2024年全国科普日" },
    activities: {
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
    },
  },
};

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
    const fetchStub = vi.fn(async () => new Response(JSON.stringify(response), { status: 200 }));
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
    const fetchStub = vi.fn(async () => new Response(JSON.stringify(response), { status: 200 }));
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

  it("says so when the gateway fails, in the chosen language", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("{}", { status: 502 })),
    );
    const shadow = await mount('gateway="https://kepu.example/graphql" lang="en"');
    expect(shadow.textContent).toContain("Could not load activities");
  });
});
