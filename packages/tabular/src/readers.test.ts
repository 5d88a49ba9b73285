import { describe, expect, it } from "vitest";
import { decodeCsv, FileRefusal, readSpreadsheet } from "./readers.js";

/** Real byte sequences: what editors and Excel actually write. */
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "utf8")] : part)));

// 名称,类型 / 重庆,学会 in GBK (as Excel in China saves "CSV"): 名 C3FB 称 B3C6 类 C0E0 型 D0CD
// 重 D6D8 庆 C7EC 学 D1A7 会 BBE1.
const gbkHeader = [0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xc0, 0xe0, 0xd0, 0xcd, 0x0d, 0x0a];
const gbkRow = [0xd6, 0xd8, 0xc7, 0xec, 0x2c, 0xd1, 0xa7, 0xbb, 0xe1, 0x0d, 0x0a];

const refusal = (input: Uint8Array) => {
  try {
    decodeCsv(input);
  } catch (error) {
    if (error instanceof FileRefusal) return error.message;
    throw error;
  }
  return null;
};

describe("decoding a CSV file strictly", () => {
  it("reads UTF-8, with or without its BOM", () => {
    expect(decodeCsv(bytes("名称,类型\r\n重庆,学会\r\n"))).toEqual({
      encoding: "UTF-8",
      text: "名称,类型\r\n重庆,学会\r\n",
    });
    expect(decodeCsv(bytes([0xef, 0xbb, 0xbf], "名称\r\n重庆\r\n"))).toEqual({
      encoding: "UTF-8",
      text: "名称\r\n重庆\r\n",
    });
  });

  it("reads GBK as Excel in China saves it", () => {
    expect(decodeCsv(new Uint8Array([...gbkHeader, ...gbkRow]))).toEqual({
      encoding: "GB18030",
      text: "名称,类型\r\n重庆,学会\r\n",
    });
  });

  it("refuses UTF-8 with one stray byte, naming the row and column, instead of reading it as GBK mojibake", () => {
    // Row 3's 名称 has a stray 0xB1 between 沙 and 坪: valid UTF-8 everywhere else.
    const file = bytes("名称,类型,层级\r\n渝中区科协,科协,县级\r\n沙", [0xb1], "坪坝区科协,科协,县级\r\n");
    // The old reader decoded the whole file as GB18030 and accepted it:
    expect(new TextDecoder("gb18030").decode(file)).not.toContain("渝中区科协");
    expect(refusal(file)).toMatch(/UTF-8.*损坏.*第3行「名称」列（第1列）有无法识别的字节/);
  });

  it("refuses a UTF-8 character cut short, and any bad byte after a UTF-8 BOM", () => {
    // 区 is E5 8C BA: the last byte is missing in row 2, column 2.
    expect(refusal(bytes("名称,地址\r\n渝中区科协,渝中", [0xe5, 0x8c], ",x\r\n"))).toMatch(/第2行「地址」列（第2列）/);
    // After a UTF-8 BOM even GBK-looking bytes are damage: the file says it is UTF-8.
    expect(refusal(bytes([0xef, 0xbb, 0xbf], "名称\r\n", [0xd6, 0xd8, 0xc7, 0xec], "\r\n"))).toMatch(
      /UTF-8 标记.*第2行「名称」列/,
    );
  });

  it("refuses a GBK file with an invalid sequence, naming where", () => {
    // 0x81 0x20: a GB18030 lead byte followed by a space is no character.
    const file = new Uint8Array([...gbkHeader, 0xd6, 0xd8, 0xc7, 0xec, 0x2c, 0x81, 0x20, 0x0d, 0x0a]);
    expect(refusal(file)).toMatch(/GBK\/GB18030.*第2行「类型」列（第2列）/);
  });

  it("refuses text that was garbled before it reached us (U+FFFD in a cell)", async () => {
    await expect(readSpreadsheet("CSV", bytes("名称\r\n重\uFFFD市科协\r\n"))).rejects.toThrow(/第2行第1列含有乱码字符/);
  });
});
