/**
 * Chinese full-text search without a dictionary (issue 9 §4: "two-character words such as 科普 must
 * be found fast"). A text's search terms are, for each run of Han characters, its overlapping
 * character pairs (bigrams) plus the run's last character alone, and each run of Latin letters and
 * digits, lower-cased. 「青少年机器人编程体验营」 → 青少 少年 年机 机器 器人 人编 编程 程体 体验 验营 营.
 * A word of any length inside a longer one is found: 编程 is one of the pairs, 机器人 is 机器 AND 器人.
 *
 * The database derives the stored terms with the same rule (SQL function `activity_search_terms`,
 * migration 20261203039000_activity_discovery, a generated tsvector column with a GIN index); this
 * module is the query side, and a test checks that both give the same terms.
 */

/** Han ideographs: CJK Unified (with Extension A) and the compatibility block (NFKC maps most away). */
const hanRun = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const latinRun = /[A-Za-z0-9]+/g;

/** The longest search text taken; the rest is ignored (a query is a few words, not a document). */
export const maxSearchTextLength = 100;

/** The search terms of a text, as the database stores them for an activity (NFKC first). */
export function searchTermsOf(text: string): string[] {
  const normalized = text.normalize("NFKC");
  const terms: string[] = [];
  for (const [run] of normalized.matchAll(hanRun)) {
    const chars = [...run];
    for (let i = 0; i < chars.length - 1; i++) terms.push(`${chars[i]}${chars[i + 1]}`);
    terms.push(chars[chars.length - 1] as string);
  }
  for (const [word] of normalized.matchAll(latinRun)) terms.push(word.toLowerCase());
  return terms;
}

/**
 * What a search string asks for, as terms that must all occur (AND): each Han run of two or more
 * characters gives its pairs; a lone Han character and each Latin word match as a prefix (馆 finds
 * 科技馆 through the stored last character or a pair starting with it; "robo" finds "robot").
 * Empty when the string has nothing searchable (only punctuation or spaces): then the text filter is
 * left out.
 */
export function searchQueryTermsOf(text: string): { term: string; prefix: boolean }[] {
  const normalized = text.normalize("NFKC").slice(0, maxSearchTextLength);
  const terms = new Map<string, boolean>();
  for (const [run] of normalized.matchAll(hanRun)) {
    const chars = [...run];
    if (chars.length === 1) terms.set(chars[0] as string, true);
    for (let i = 0; i < chars.length - 1; i++) terms.set(`${chars[i]}${chars[i + 1]}`, false);
  }
  for (const [word] of normalized.matchAll(latinRun)) terms.set(word.toLowerCase(), true);
  return [...terms].map(([term, prefix]) => ({ term, prefix }));
}

/**
 * The search string as a PostgreSQL tsquery literal (cast with `::tsquery`, no text-search parser):
 * `'机器' & '器人'`, `'robo':*`. Terms hold only Han characters, ASCII letters and digits, so
 * quoting cannot be broken out of. Null when there is nothing to search for.
 */
export function tsqueryOf(text: string): string | null {
  const terms = searchQueryTermsOf(text);
  if (terms.length === 0) return null;
  return terms.map(({ term, prefix }) => `'${term}'${prefix ? ":*" : ""}`).join(" & ");
}
