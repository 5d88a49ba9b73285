import { z } from "zod";
import { normalizeEmail, normalizeHashtag, normalizeParagraphs, normalizeText } from "./normalize.js";

/**
 * zod input schemas that normalize first and check after, so every limit counts what is stored (a
 * name padded with zero-width spaces is as short as it looks). Used in the `validate` of GraphQL
 * inputs (the Pothos validation plugin replaces the input with the parsed value) and by the import.
 *
 * @example normalizedText(z.string().min(2, "至少2个字").max(100, "不能超过100个字"))
 */
export function normalizedText<Check extends z.ZodType<unknown, string>>(check: Check) {
  return z.string().transform(normalizeText).pipe(check);
}

/** Multi-line text (line breaks kept), normalized, then checked. */
export function normalizedParagraphs<Check extends z.ZodType<unknown, string>>(check: Check) {
  return z.string().transform(normalizeParagraphs).pipe(check);
}

/**
 * An e-mail address: normalized (trimmed, NFKC, lower case) before it is validated, so
 * " Organizer@Kepu.Example " signs in as organizer@kepu.example.
 */
export function normalizedEmail(message = "请输入有效的邮箱地址") {
  return z.string().transform(normalizeEmail).pipe(z.email(message).max(254, "邮箱地址过长"));
}

/** A hashtag (normalizeHashtag): 1–30 characters between the `#`s, no `#` inside. */
export const hashtagSchema = z
  .string()
  .transform(normalizeHashtag)
  .refine((tag) => tag.length >= 3 && tag.length <= 32 && !tag.slice(1, -1).includes("#"), {
    message: "话题标签须为1到30个字，如 #千万IP创科普#",
  });

/**
 * A phone a colleague can call: mainland mobile (1xx xxxx xxxx) or a landline with its area code
 * (010-12345678, 0731-8888888-123), normalized first. For units' and activities' contacts alike.
 */
export const phoneNumberSchema = normalizedText(
  z
    .string()
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, "电话应为11位手机号或带区号的固定电话，如 010-12345678"),
);
