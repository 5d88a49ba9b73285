import { describe, expect, it } from "vitest";
import { posterSeconds } from "./upload-purposes.js";
import { bodyText, sanitizeWorkBody } from "./work-body.js";
import { submissionProblem, taggingProblem, workHashtags } from "./work-content.js";

describe("an article's body", () => {
  it("keeps text markup and drops what can run or load", () => {
    const dirty =
      '<h2>标题</h2><p onclick="x()">正文<strong>重点</strong><script>alert(1)</script></p>' +
      '<svg onload="alert(1)"><circle/></svg><img src="https://evil.example/t.gif">' +
      '<a href="javascript:alert(1)">坏链接</a><a href="https://kepu.example/a" target="_self">好链接</a>' +
      '<p style="position:fixed">样式</p><iframe src="https://evil.example"></iframe>';
    const clean = sanitizeWorkBody(dirty);
    expect(clean).not.toMatch(/script|onload|onclick|svg|img|iframe|javascript:|style=/i);
    expect(clean).toContain("<h2>标题</h2>");
    expect(clean).toContain("<strong>重点</strong>");
    expect(clean).toContain(
      '<a href="https://kepu.example/a" target="_blank" rel="noopener noreferrer nofollow">好链接</a>',
    );
    expect(clean).toMatch(/<a target="_blank" rel="noopener noreferrer nofollow">坏链接<\/a>/);
    expect(bodyText(clean)).toBe("标题正文重点坏链接好链接样式");
  });
});

describe("a work's tagging", () => {
  it("always carries the campaign's hashtags, first and once", () => {
    expect(workHashtags(["#防灾#", "#千万IP创科普#"], ["#千万IP创科普#"])).toEqual(["#千万IP创科普#", "#防灾#"]);
  });

  it("takes topics from the one list and at most 10 hashtags", () => {
    expect(taggingProblem(["人工智能"], ["#a#"])).toBeNull();
    expect(taggingProblem(["星座运势"], [])).toMatchObject({ field: "topics" });
    expect(
      taggingProblem(
        [],
        Array.from({ length: 11 }, (_, i) => `#t${i}#`),
      ),
    ).toMatchObject({ field: "hashtags" });
  });
});

describe("what a work needs to be submitted", () => {
  const base = { coverAssetId: "c", body: null, summary: "一段足够长的作品简介文字" };
  it("a video needs its video and a cover; an article its text", () => {
    expect(submissionProblem({ ...base, kind: "SHORT_VIDEO", fileAssetIds: [] })).toMatchObject({
      field: "fileAssetIds",
    });
    expect(submissionProblem({ ...base, kind: "SHORT_VIDEO", fileAssetIds: ["v"], coverAssetId: null })).toMatchObject({
      field: "coverAssetId",
    });
    expect(submissionProblem({ ...base, kind: "SHORT_VIDEO", fileAssetIds: ["v"] })).toBeNull();
    expect(submissionProblem({ ...base, kind: "ARTICLE", fileAssetIds: [], body: "<p>太短</p>" })).toMatchObject({
      field: "body",
    });
  });
});

describe("a video's poster frame", () => {
  it("is at 1 s, or at 10 % of a clip shorter than 10 s", () => {
    expect(posterSeconds(600)).toBe(1);
    expect(posterSeconds(10)).toBe(1);
    expect(posterSeconds(2)).toBeCloseTo(0.2);
  });
});

describe("a video's poster frame", () => {
  it("is at 1 s, or at 10 % of a clip shorter than 10 s", () => {
    expect(posterSeconds(600)).toBe(1);
    expect(posterSeconds(10)).toBe(1);
    expect(posterSeconds(2)).toBeCloseTo(0.2);
  });
});
