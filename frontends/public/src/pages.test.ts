import { describe, expect, it } from "vitest";
import { isPublicPage, publicRoute } from "./pages.js";

describe("the public app's pages", () => {
  it("has the campaign at /, the works feed at /works and a work at /works/<id>", () => {
    expect(publicRoute("/")).toEqual({ page: "campaign" });
    expect(publicRoute("/works")).toEqual({ page: "works" });
    expect(publicRoute("/works/")).toEqual({ page: "works" });
    expect(publicRoute("/works/cmwork_123-a")).toEqual({ page: "work", id: "cmwork_123-a" });
    expect(publicRoute("/works/work-quantum-60s/")).toEqual({ page: "work", id: "work-quantum-60s" });
  });

  it("has an activity's page, the person's pages and a trail's check-in and venue screen (issue 9 §5, §8)", () => {
    expect(publicRoute("/activities/act-1")).toEqual({ page: "activity", id: "act-1" });
    expect(publicRoute("/sign-in")).toEqual({ page: "signIn" });
    expect(publicRoute("/sign-up")).toEqual({ page: "signUp" });
    expect(publicRoute("/me/registrations")).toEqual({ page: "myRegistrations" });
    expect(publicRoute("/trails")).toEqual({ page: "trails" });
    expect(publicRoute("/trails/")).toEqual({ page: "trails" });
    expect(publicRoute("/trails/t1")).toEqual({ page: "trail", id: "t1" });
    expect(publicRoute("/trails/t1/check-in")).toEqual({ page: "trail", id: "t1" });
    expect(publicRoute("/trails/t1/screen/s1")).toEqual({ page: "venueScreen", trailId: "t1", stopId: "s1" });
  });

  it("knows no other path (the 404 page), nor a work id with other characters or parts", () => {
    for (const path of [
      "/worksx",
      "/works/a/b",
      "/works/%3Cscript%3E",
      "/works/<b>",
      `/works/${"a".repeat(65)}`,
      "/activities/1/x",
      "/trails/t/screen",
      "/me",
    ]) {
      expect(isPublicPage(path), path).toBe(false);
    }
  });
});
