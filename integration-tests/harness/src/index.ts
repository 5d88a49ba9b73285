export * from "./fixtures.js";
export * from "./platform.js";
