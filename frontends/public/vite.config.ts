import { appBuildConfig } from "../shared/src/vite-app.js";

export default appBuildConfig("public", import.meta.dirname);
