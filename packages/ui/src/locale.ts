import { useCallback, useSyncExternalStore } from "react";
import { type Locale, type MessageKey, translate } from "./messages.js";

const storageKey = "kepu.locale";
const changeEvent = "kepu:locale";

export function currentLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(storageKey);
  return stored === "en" ? "en" : "zh-CN";
}

/** Switches every app on the page at once: the choice is stored and announced. */
export function setLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(storageKey, locale);
  document.documentElement.lang = locale;
  window.dispatchEvent(new Event(changeEvent));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(changeEvent, onChange);
  return () => window.removeEventListener(changeEvent, onChange);
}

export function useLocale() {
  const locale = useSyncExternalStore(subscribe, currentLocale, () => "zh-CN" as Locale);
  const t = useCallback(
    (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values),
    [locale],
  );
  return { locale, t, setLocale };
}
