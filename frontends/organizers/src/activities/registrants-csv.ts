/**
 * A registrants list as a CSV file Excel and WPS open correctly: UTF-8 with a byte-order mark, CRLF
 * lines, every cell quoted, and a cell a spreadsheet would run as a formula (=, +, -, @, tab, CR at
 * its start) prefixed with ' so a name like "=HYPERLINK(…)" stays text (CSV injection).
 */
export function registrantsCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => {
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return `"${safe.replaceAll('"', '""')}"`;
  };
  return `\uFEFF${[header, ...rows].map((line) => line.map(cell).join(",")).join("\r\n")}\r\n`;
}
