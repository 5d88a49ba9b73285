import { describe, expect, it } from "vitest";
import { eventJsonLd, scriptSafeJson } from "./json-ld.js";

const activity = {
  id: "act-1",
  title: "走进重庆科技馆",
  summary: "动手搭建智能小车</script><script>alert(1)</script>",
  startsAt: "2024-09-20T01:30:00.000Z",
  endsAt: "2024-09-21T03:00:00.000Z",
  mode: "HYBRID",
  status: "PUBLISHED",
  venue: "重庆科技馆",
  address: "江北区文星门街7号",
  latitude: 29.56,
  longitude: 106.57,
  livestreamUrl: "https://live.example/1",
  hostName: "重庆市科协",
  sessions: [
    { startsAt: "2024-09-20T01:30:00.000Z", endsAt: "2024-09-20T03:00:00.000Z", cancelled: false },
    { startsAt: "2024-09-21T01:30:00.000Z", endsAt: "2024-09-21T03:00:00.000Z", cancelled: false },
  ],
};

describe("schema.org Event markup (issue 9 §8)", () => {
  it("names the event, its times with their zone, place and stream, organizer and sessions", () => {
    const event = eventJsonLd(activity, "https://kepu.example");
    expect(event).toMatchObject({
      "@type": "Event",
      url: "https://kepu.example/activities/act-1",
      startDate: "2024-09-20T01:30:00.000Z",
      eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
      eventStatus: "https://schema.org/EventScheduled",
      organizer: { "@type": "Organization", name: "重庆市科协" },
    });
    expect(event.location).toEqual([
      expect.objectContaining({
        "@type": "Place",
        name: "重庆科技馆",
        geo: expect.objectContaining({ latitude: 29.56 }),
      }),
      { "@type": "VirtualLocation", url: "https://live.example/1" },
    ]);
    expect(event.subEvent).toHaveLength(2);
    expect(eventJsonLd({ ...activity, status: "CANCELLED" }, "https://x").eventStatus).toBe(
      "https://schema.org/EventCancelled",
    );
  });
  it("cannot close its script element", () => {
    expect(scriptSafeJson(eventJsonLd(activity, "https://x"))).not.toContain("</script>");
  });
});
