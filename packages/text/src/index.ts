export * from "./normalize.js";
export * from "./schemas.js";
