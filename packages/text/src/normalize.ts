/**
 * The platform's one text rule (docs/decisions.md, "Text"): what a person typed is stored, compared
 * and looked up in one form, so 「沙箱同名测试站（一）」 and 「沙箱同名测试站(一)」 are the same name.
 *
 * 1. Unicode NFKC: full-width Latin letters, digits and brackets become their ASCII forms
 *    (ＡＢＣ１（一） → ABC1(一)), compatibility ideographs their unified forms, ligatures letters.
 * 2. Characters that show nothing are removed: zero-width space, joiners and non-joiners
 *    (U+200B–U+200D), the word joiner and invisible operators (U+2060–U+2064), the byte-order mark
 *    (U+FEFF), soft hyphen (U+00AD), Mongolian vowel separator (U+180E), direction marks, embeddings,
 *    overrides and isolates (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, U+061C) that can make a
 *    name read differently from how it compares, deprecated format characters (U+206A–U+206F),
 *    control characters other than line breaks and tabs, and characters that draw as a blank but are
 *    not spaces: the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), the braille blank (U+2800)
 *    and the variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF), so a title made only of them is
 *    empty and refused as blank, and 「站\uFE0F」 compares equal to 「站」.
 * 3. Whitespace (any Unicode space; NFKC already made U+3000 and U+00A0 plain spaces) collapses to
 *    one space and is trimmed at both ends. Multi-line text keeps its line breaks (see
 *    normalizeParagraphs).
 *
 * The same rule exists once more in SQL, for rows stored before it (organizations migration
 * 20261130190000_normalize_text); a test keeps the two in step.
 */

/** Characters that are never shown and never meant: removed. */
export const invisibleCharacters =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the variation selectors are listed to be removed, not matched after a base.
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0100}-\u{E01EF}]/gu;

const whitespaceRun = /\s+/g;
const horizontalSpaceRun = /[^\S\n]+/g;

/**
 * One line of text as the platform keeps it: names, titles, short labels, search terms, e-mail
 * addresses (see normalizeEmail). NFKC, invisible characters removed, whitespace runs (line breaks
 * included) collapsed to one space, trimmed. Idempotent.
 */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").replace(invisibleCharacters, "").replace(whitespaceRun, " ").trim();
}

/**
 * Multi-line text (a summary, a note): as normalizeText, but line breaks stay (CR LF and CR become
 * LF, each line's spaces collapse and are trimmed, more than one blank line in a row becomes one).
 */
export function normalizeParagraphs(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(invisibleCharacters, "")
    .replace(horizontalSpaceRun, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * An e-mail address as stored, compared and looked up: normalizeText, then lower case (the
 * platform treats addresses case-insensitively; no two accounts differ only by case). Full-width
 * ＠ and letters typed with a Chinese input method become ASCII.
 */
export function normalizeEmail(text: string): string {
  return normalizeText(text).toLowerCase();
}

/**
 * A hashtag in the platforms' form `#话题#` (微博, 抖音 … write topics so): normalized text, inner
 * whitespace removed, a leading/trailing `#` added where missing. `"千万IP创科普"`, `"#千万IP创科普"`
 * and `" #千万ＩＰ创科普# "` all give `"#千万IP创科普#"`. Returns "" for a tag with no content.
 */
export function normalizeHashtag(text: string): string {
  const inner = normalizeText(text)
    .replace(/\s+/g, "")
    .replace(/^#+|#+$/g, "");
  return inner ? `#${inner}#` : "";
}
