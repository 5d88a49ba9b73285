export * from "./components.js";
export * from "./dates.js";
export * from "./lifecycles.js";
export * from "./locale.js";
export * from "./messages.js";
