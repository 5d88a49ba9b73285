/**
 * An article's body as the organizer types it (plain paragraphs) and as the graph stores it (HTML,
 * sanitized again on the server to its allow-list). Text is escaped, so nothing typed becomes markup.
 */
export function textToBodyHtml(text: string): string {
  const escapeText = (part: string) => part.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.split("\n").map(escapeText).join("<br>")}</p>`)
    .join("");
}

/** The stored HTML back as paragraphs of text, for editing (tags dropped, entities decoded). */
export function bodyHtmlToText(html: string): string {
  const decode = (part: string) =>
    part
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
  return html
    .split(/<\/p>|<\/h[1-6]>|<\/li>|<\/blockquote>/i)
    .map((block) => decode(block.replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]*>/g, "")).trim())
    .filter(Boolean)
    .join("\n\n");
}
