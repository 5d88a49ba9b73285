import { createContext, useCallback, useContext, useSyncExternalStore } from "react";
import { preferenceCookies, readCookie, writeCookie } from "./cookies.js";
import { type Locale, type MessageKey, translate } from "./messages.js";

const storageKey = "kepu.locale";
const changeEvent = "kepu:locale";

/** The page's language: the person's choice (kept in the browser and in a cookie), else zh-CN. */
export function currentLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(storageKey) ?? readCookie(preferenceCookies.locale);
  return stored === "en" ? "en" : "zh-CN";
}

// A choice made before the cookie existed is copied to it once, so the server renders it too.
if (typeof window !== "undefined") {
  const stored = globalThis.localStorage?.getItem(storageKey);
  if (stored && readCookie(preferenceCookies.locale) !== stored) writeCookie(preferenceCookies.locale, stored);
}

/**
 * The language a server render uses (the web server renders the first paint in the language of the
 * person's cookie); in the browser the stored choice decides.
 */
export const ServerLocale = createContext<Locale>("zh-CN");

/** Switches every app on the page at once: the choice is stored and announced. */
export function setLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(storageKey, locale);
  writeCookie(preferenceCookies.locale, locale);
  document.documentElement.lang = locale;
  window.dispatchEvent(new Event(changeEvent));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(changeEvent, onChange);
  return () => window.removeEventListener(changeEvent, onChange);
}

export function useLocale() {
  const serverLocale = useContext(ServerLocale);
  const locale = useSyncExternalStore(subscribe, currentLocale, () => serverLocale);
  const t = useCallback(
    (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values),
    [locale],
  );
  return { locale, t, setLocale };
}
