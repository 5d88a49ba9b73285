/**
 * The tags an article's rich text may hold (issue 8 §2 "sanitized rich text"): text markup only.
 * The media service sanitizes every stored body to this list (services/media domain/work-body.ts),
 * and the public app renders a body through it again, never as raw HTML. One list for both.
 */
export const articleTags = [
  "p",
  "br",
  "h2",
  "h3",
  "h4",
  "strong",
  "b",
  "em",
  "i",
  "u",
  "s",
  "sub",
  "sup",
  "blockquote",
  "ul",
  "ol",
  "li",
  "a",
  "code",
  "pre",
  "hr",
] as const;
