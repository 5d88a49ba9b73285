export * from "./format.js";
export * from "./time.js";
