import { useSyncExternalStore } from "react";
import { preferenceCookies, writeCookie } from "./cookies.js";

/** The attribute on <html> that switches the elderly-friendly (适老化) styles (styles.ts). */
export const elderAttribute = "data-kepu-elder";
const changeEvent = "kepu:elder";

/** Whether the elderly-friendly mode is on for this page (the web server sets it from the cookie). */
export function elderModeOn(): boolean {
  return typeof document !== "undefined" && document.documentElement.hasAttribute(elderAttribute);
}

/** Turns the elderly-friendly mode on or off for every app on the page, and remembers it (cookie). */
export function setElderMode(on: boolean): void {
  document.documentElement.toggleAttribute(elderAttribute, on);
  writeCookie(preferenceCookies.elder, on ? "1" : null);
  window.dispatchEvent(new Event(changeEvent));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(changeEvent, onChange);
  return () => window.removeEventListener(changeEvent, onChange);
}

/** [on, set]: the elderly-friendly mode, re-rendering when any app switches it. */
export function useElderMode(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, elderModeOn, () => false);
  return [on, setElderMode];
}
