export * from "./env.js";
export * from "./http.js";
