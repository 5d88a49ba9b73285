/** Checks run before anything is sent; the server checks again and has the last word. */
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(text: string): boolean {
  return emailShape.test(text.trim());
}

/** GB/T 2260: six digits. */
export function isRegionCode(text: string): boolean {
  return /^\d{6}$/.test(text.trim());
}

/** The backend's rule for new accounts. */
export const minPasswordLength = 10;

/** An optional text field as the graph wants it: trimmed, or left out when empty. */
export function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** The server's phone rule (@kepu/text): a mainland mobile or a landline with its area code. */
export function isPhone(text: string): boolean {
  return /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/.test(text.trim());
}

/** An http(s) address, as a livestream link must be. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * Whether a GB/T 2260 code lies within a host's region (the server's rule): a province XX0000
 * contains its two-digit prefix, a city XXXX00 its four, a county itself; a host without a region
 * hosts anywhere. The province part must be a real one (11–82).
 */
export function regionFits(code: string, hostRegionCode: string | null | undefined): boolean {
  const province = Number(code.slice(0, 2));
  if (!isRegionCode(code) || province < 11 || province > 82) return false;
  if (!hostRegionCode || !isRegionCode(hostRegionCode)) return true;
  const significant = hostRegionCode.endsWith("0000") ? 2 : hostRegionCode.endsWith("00") ? 4 : 6;
  return code.slice(0, significant) === hostRegionCode.slice(0, significant);
}

/** Reasons (rejection, cancellation) the server accepts: 2 characters at least. */
export const minReasonLength = 2;

/**
 * An antd Form rule for an optional text field: empty passes, anything else must pass `test`, or
 * `message` is shown under the field (the same check the server makes, before anything is sent).
 */
export function optionalFieldRule(test: (text: string) => boolean, message: string) {
  return {
    validator: async (_rule: unknown, value: string | null | undefined) => {
      if (value?.trim() && !test(value)) throw new Error(message);
    },
  };
}
