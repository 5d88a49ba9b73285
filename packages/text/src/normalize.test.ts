import { describe, expect, it } from "vitest";
import { z } from "zod";
import { normalizeEmail, normalizeParagraphs, normalizeText } from "./normalize.js";
import { normalizedEmail, normalizedText } from "./schemas.js";

describe("normalizeText", () => {
  it("makes the names issue 7 found twice one name", () => {
    const stored = normalizeText("沙箱同名测试站（一）");
    expect(stored).toBe("沙箱同名测试站(一)");
    for (const variant of [
      "沙箱同名测试站(一)",
      "沙箱同名\u200B测试站（一）",
      "沙箱\u200C同名\u200D测试站\u2060（一）\uFEFF",
      "  沙箱同名测试站（一）　",
      "沙箱同名测试站\u00AD（一）",
      "\u202E沙箱同名测试站（一）",
    ]) {
      expect(normalizeText(variant), JSON.stringify(variant)).toBe(stored);
    }
  });

  it("turns full-width Latin into ASCII and collapses doubled spaces of any kind", () => {
    expect(normalizeText("ＫＥＰＵ　Ｌａｂ  科普　　基地")).toBe("KEPU Lab 科普 基地");
    expect(normalizeText("Science\u00A0\u2003Day\n\tCentre")).toBe("Science Day Centre");
    expect(normalizeText("①号馆")).toBe("1号馆");
  });

  it("makes text of only blank-looking characters empty: Hangul fillers, braille blank, variation selectors", () => {
    for (const blank of [
      "\u3164",
      "\u2800\u2800",
      "\u115F\u1160",
      "\uFFA0",
      "\uFE00\uFE0F",
      "\u{E0100}\u{E01EF}",
      " \u3164\u3000\u2800 \uFE0F\u00A0",
    ]) {
      expect(normalizeText(blank), JSON.stringify(blank)).toBe("");
      expect(normalizeParagraphs(`${blank}\n${blank}`), JSON.stringify(blank)).toBe("");
      expect(normalizedText(z.string().min(1)).safeParse(blank).success, JSON.stringify(blank)).toBe(false);
    }
    expect(normalizeText("科普\u3164日\uFE0F")).toBe("科普日");
  });

  it("keeps what people mean: Chinese, ordinary punctuation, case", () => {
    expect(normalizeText("中国科协·科普部 (CAST)")).toBe("中国科协·科普部 (CAST)");
  });

  it("is idempotent", () => {
    for (const text of ["ＡＢＣ　（一）", " a\u200B b ", "①②", "ﬁ"]) {
      expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
    }
  });
});

describe("normalizeParagraphs", () => {
  it("keeps line breaks and collapses the rest", () => {
    expect(normalizeParagraphs("  第一段\u200B　内容  \r\n\r\n\r\n\r\n第二段\r最后  ")).toBe(
      "第一段 内容\n\n第二段\n最后",
    );
  });
});

describe("e-mail addresses", () => {
  it("are trimmed, NFKC-normalized and lower-cased before they are validated", () => {
    expect(normalizeEmail("  Organizer@Kepu.Example ")).toBe("organizer@kepu.example");
    expect(normalizeEmail("ｏｒｇａｎｉｚｅｒ＠ｋｅｐｕ．ｅｘａｍｐｌｅ")).toBe("organizer@kepu.example");
    expect(normalizedEmail().parse("\u200Borganizer@kepu.example ")).toBe("organizer@kepu.example");
    expect(normalizedEmail().safeParse("organizer").success).toBe(false);
  });
});

describe("normalizedText", () => {
  it("checks limits on what is stored", () => {
    const name = normalizedText(z.string().min(2, "至少2个字"));
    expect(name.safeParse("科\u200B\u200B\u200B").success).toBe(false);
    expect(name.parse(" 科协 ")).toBe("科协");
  });
});
