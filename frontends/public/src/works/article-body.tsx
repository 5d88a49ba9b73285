import { articleTags } from "@kepu/text/article";
import { createElement, type ReactNode } from "react";

/**
 * The tags an article body may have: the allow-list the media service sanitizes bodies to on every
 * write (services/media/src/domain/work-body.ts). The public app renders a body through the same
 * list again rather than as raw HTML, so stored HTML is never trusted to be harmless: no script,
 * style, SVG, iframe, image or event handler can reach the page even if a row were written around
 * the service.
 */
const allowedTags = new Set<string>(articleTags);
/** Elements whose content is not text to read, dropped with everything inside them. */
const droppedWithContent = new Set([
  "script",
  "style",
  "template",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "noscript",
  "textarea",
  "select",
  "title",
  "head",
]);
const voidTags = new Set(["br", "hr"]);
/** Link targets a body may name: the web and e-mail, never `javascript:`, `data:` or relative paths. */
const safeHref = /^(https?:\/\/|mailto:)/i;

/** The React elements of a parsed node's children, keeping only allowed markup. */
function childrenOf(node: Node): ReactNode[] {
  const out: ReactNode[] = [];
  node.childNodes.forEach((child, index) => {
    const rendered = elementOf(child, index);
    if (rendered !== null) out.push(rendered);
  });
  return out;
}

function elementOf(node: Node, key: number): ReactNode {
  if (node.nodeType === 3) return node.textContent;
  if (node.nodeType !== 1) return null;
  const tag = (node as Element).localName;
  if (droppedWithContent.has(tag)) return null;
  // An unknown element is unwrapped: its text stays, its markup and attributes go.
  if (!allowedTags.has(tag)) return createElement("span", { key }, ...childrenOf(node));
  if (voidTags.has(tag)) return createElement(tag, { key });
  if (tag === "a") {
    const href = (node as Element).getAttribute("href")?.trim() ?? "";
    if (!safeHref.test(href)) return createElement("span", { key }, ...childrenOf(node));
    return createElement(
      "a",
      { key, href, target: "_blank", rel: "noopener noreferrer nofollow" },
      ...childrenOf(node),
    );
  }
  return createElement(tag, { key }, ...childrenOf(node));
}

/**
 * An article's body (the graph's `Work.body`, sanitized HTML) as React elements: parsed by the
 * browser's DOMParser into an inert document (nothing in it runs or loads), then rebuilt from the
 * allow-list above with no attribute but a link's checked `href`. Returns [] for no body.
 */
export function articleElements(html: string | null | undefined, parser: DOMParser = new DOMParser()): ReactNode[] {
  if (!html?.trim()) return [];
  return childrenOf(parser.parseFromString(html, "text/html").body);
}

/** An article's body in its container (see `articleElements`). */
export function ArticleBody({ html }: { html: string | null | undefined }) {
  const elements = articleElements(html);
  if (elements.length === 0) return null;
  return (
    <div className="kepu-work-body" data-testid="work-body">
      {elements}
    </div>
  );
}
