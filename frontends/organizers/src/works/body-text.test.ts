import { describe, expect, it } from "vitest";
import { bodyHtmlToText, textToBodyHtml } from "./body-text.js";

describe("an article's body", () => {
  it("turns paragraphs into <p>, escaping what was typed", () => {
    expect(textToBodyHtml("第一段\n第二行\n\n<script>alert(1)</script> & 更多")).toBe(
      "<p>第一段<br>第二行</p><p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 更多</p>",
    );
  });

  it("reads stored HTML back as the same paragraphs", () => {
    const text = "第一段\n第二行\n\n<b> & 更多";
    expect(bodyHtmlToText(textToBodyHtml(text))).toBe(text);
    expect(bodyHtmlToText("<h2>标题</h2><p>正文 <strong>加粗</strong></p>")).toBe("标题\n\n正文 加粗");
  });
});
