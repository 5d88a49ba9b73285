import { appBuildConfig } from "../shared/src/vite-app.js";

export default appBuildConfig("reviewers", import.meta.dirname);
