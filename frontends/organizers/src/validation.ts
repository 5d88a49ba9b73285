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
