import { normalizedEmail, normalizedText, phoneNumberSchema } from "@kepu/text";
import { z } from "zod";

/**
 * What a unit's editable fields must look like, for forms, the API and imports alike. Contacts are
 * people: a name, and a phone and e-mail a colleague could actually use. Every text is normalized
 * first (@kepu/text: NFKC, invisible characters removed, spaces collapsed), so limits and the
 * same-name check see what is stored: 「测试站（一）」 and 「测试站(一)」 are one name.
 */
export const orgName = normalizedText(z.string().min(2, "单位名称至少2个字").max(100, "单位名称不能超过100个字"));
export const shortName = normalizedText(z.string().max(30, "简称不能超过30个字"));
export const regionCode = normalizedText(z.string().regex(/^\d{6}$/, "行政区划代码应为6位数字（GB/T 2260）"));
export const address = normalizedText(z.string().max(200, "地址不能超过200个字"));

/** Mainland mobile or landline with area code (@kepu/text phoneNumberSchema). */
export const phone = phoneNumberSchema;
export const email = normalizedEmail();

export const contact = z.object({
  name: normalizedText(z.string().min(1, "请填写联系人姓名").max(50, "联系人姓名不能超过50个字")),
  title: normalizedText(z.string().max(50, "职务不能超过50个字")).nullish(),
  phone: phone.nullish(),
  email: email.nullish(),
});
export const contacts = z.array(contact).max(20, "每个单位最多20位联系人");

/** Passwords for new accounts: long enough to resist guessing (hashed with Argon2id). */
export const newPassword = z.string().min(10, "密码至少10位").max(200, "密码过长");
export const displayName = normalizedText(z.string().min(2, "姓名至少2个字").max(50, "姓名不能超过50个字"));
