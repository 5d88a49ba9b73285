import { describe, expect, it } from "vitest";
import { registrantsCsv } from "./registrants-csv.js";

describe("the registrants export", () => {
  it("writes UTF-8 with a byte-order mark, quoted cells and CRLF lines", () => {
    const csv = registrantsCsv(
      ["姓名", "手机"],
      [
        ["张三", "13800138000"],
        ['李"四', ""],
      ],
    );
    expect(csv).toBe('\uFEFF"姓名","手机"\r\n"张三","13800138000"\r\n"李""四",""\r\n');
  });

  it("keeps a name a spreadsheet would run as a formula as text", () => {
    const csv = registrantsCsv(["姓名"], [['=HYPERLINK("http://x")'], ["+1"], ["-2"], ["@SUM(A1)"], ["王五"]]);
    const cells = csv.slice(1).trim().split("\r\n").slice(1);
    expect(cells).toEqual(['"\'=HYPERLINK(""http://x"")"', '"\'+1"', '"\'-2"', '"\'@SUM(A1)"', '"王五"']);
  });
});
