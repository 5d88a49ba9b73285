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

  it("knows no other path (the 404 page), nor a work id with other characters or parts", () => {
    for (const path of [
      "/worksx",
      "/works/a/b",
      "/works/%3Cscript%3E",
      "/works/<b>",
      `/works/${"a".repeat(65)}`,
      "/activities/1",
    ]) {
      expect(isPublicPage(path), path).toBe(false);
    }
  });
});
