export * from "./client-guard.js";
export * from "./edge.js";
export * from "./env.js";
export * from "./http.js";
export * from "./lifecycle.js";
export * from "./mailer.js";
