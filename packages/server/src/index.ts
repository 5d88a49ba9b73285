export * from "./http.js";
export * from "./env.js";
