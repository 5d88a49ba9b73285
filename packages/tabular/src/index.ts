export * from "./readers.js";
