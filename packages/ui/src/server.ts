/**
 * What a web server needs of the UI package without React or the DOM: the shared styles it puts into
 * the page's head, and the preference cookies it renders the first paint by.
 */

export type { Locale } from "./messages.js";
export { parseCookieHeader, preferenceCookies } from "./preferences.js";
export { sharedCss, sharedStylesId } from "./styles.js";
