/** Dates are shown by the one time module (Asia/Shanghai, whatever the browser's zone). */

export { formatDateTime, formatDay, formatRange } from "@kepu/time";
export { activityForms, audiences } from "./activity-vocabulary.js";
export * from "./components.js";
export * from "./cookies.js";
export * from "./elder-mode.js";
export { formatBytes, formatDuration } from "./format.js";
export * from "./lifecycles.js";
export * from "./locale.js";
export * from "./messages.js";
export { parseCookieHeader } from "./preferences.js";
export { sharedCss, sharedStylesId } from "./styles.js";
