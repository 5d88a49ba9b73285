// @vitest-environment happy-dom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleBody } from "./article-body.js";

const render = (html: string | null) => renderToStaticMarkup(<ArticleBody html={html} />);

describe("an article's body on the public page", () => {
  it("keeps the sanitized text markup the media service stores", () => {
    const html =
      '<h2>为什么</h2><p>量子<strong>叠加</strong>与<em>纠缠</em>。<br>第二行</p><ul><li>一</li></ul><p><a href="https://www.kepu.gov.cn/x" target="_blank" rel="noopener noreferrer nofollow">科普中国</a></p>';
    expect(render(html)).toBe(
      '<div class="kepu-work-body" data-testid="work-body"><h2>为什么</h2><p>量子<strong>叠加</strong>与<em>纠缠</em>。<br/>第二行</p><ul><li>一</li></ul><p><a href="https://www.kepu.gov.cn/x" target="_blank" rel="noopener noreferrer nofollow">科普中国</a></p></div>',
    );
  });

  it("never lets stored HTML script the page: scripts, SVG, handlers, styles and javascript: links go", () => {
    const html = [
      '<p onclick="alert(1)" style="color:red">文字</p>',
      "<script>alert(2)</script>",
      '<svg onload="alert(3)"><text>svg</text></svg>',
      '<img src="x" onerror="alert(4)">',
      '<iframe name="frame"></iframe>',
      '<a href="javascript:alert(5)">链接</a>',
      '<a href=" JaVaScRiPt:alert(6)">链接2</a>',
      '<a href="data:text/html,<script>alert(7)</script>">链接3</a>',
      "<style>body{display:none}</style>",
      '<div class="x"><span data-x="1">包裹的文字</span></div>',
    ].join("");
    const out = render(html);
    expect(out).not.toMatch(
      /script|svg|onload|onerror|onclick|style|iframe|img|javascript|data:|alert|class="x"|data-x/i,
    );
    expect(out).toContain("<p>文字</p>");
    expect(out).toContain("<span>链接</span>");
    expect(out).toContain("包裹的文字");
  });

  it("renders nothing for an empty body", () => {
    expect(render(null)).toBe("");
    expect(render("   ")).toBe("");
  });
});
