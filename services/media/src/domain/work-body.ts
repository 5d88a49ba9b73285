import { articleTags } from "@kepu/text/article";
import sanitizeHtml from "sanitize-html";

/**
 * The rich text of an article (issue 8 §2 "body (sanitized rich text)"), as stored and shown: an
 * allow-list of text markup only. Everything that can run or load something is dropped: script,
 * style, iframe, svg, images (pictures of a work are its files), every `on*` and `style` attribute,
 * and links other than http(s) and mailto (so no `javascript:` or `data:`). Links open in a new tab
 * without the opener and without passing rank. Run on every write; the stored HTML is safe to render.
 */
export function sanitizeWorkBody(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...articleTags],
    allowedAttributes: { a: ["href", "target", "rel"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesAppliedToAttributes: ["href"],
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    transformTags: {
      a: sanitizeHtml.simpleTransform("a", { target: "_blank", rel: "noopener noreferrer nofollow" }),
    },
  }).trim();
}

/** The text of a body without markup (for length rules), whitespace collapsed. */
export function bodyText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
}
