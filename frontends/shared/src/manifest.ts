/**
 * The modules shared through the import map: each is loaded once per page and left as a bare
 * import (external) by every app's build. Keys are import specifiers; values are file names under
 * the shared modules' URL.
 */
export const sharedModules = {
  react: "react.js",
  "react-dom": "react-dom.js",
  "react-dom/client": "react-dom-client.js",
  "react/jsx-runtime": "react-jsx-runtime.js",
  "single-spa": "single-spa.js",
  "@kepu/graphql-client": "graphql-client.js",
  // The organizer app's UI kit (issue 9 §7): fetched only by the apps that import it, never by the public app.
  antd: "antd.js",
  dayjs: "dayjs.js",
  // ECharts with only the chart types the organizer app draws (src/charts.ts), fetched by a dynamic import on chart pages.
  "@kepu/charts": "charts.js",
  // MapLibre with the configured base map or the offline light style (src/map.ts), fetched by a
  // dynamic import (src/map-loader.ts) on map pages only: the public map, the organizer's map picker.
  "@kepu/map": "map.js",
} as const;

export type SharedSpecifier = keyof typeof sharedModules;
export const sharedSpecifiers = Object.keys(sharedModules) as SharedSpecifier[];
