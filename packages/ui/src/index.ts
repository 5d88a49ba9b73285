export * from "./components.js";
export * from "./dates.js";
export * from "./locale.js";
export * from "./messages.js";
export * from "./lifecycles.js";
