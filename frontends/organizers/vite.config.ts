import { appBuildConfig } from "../shared/src/vite-app.js";

export default appBuildConfig("organizers", import.meta.dirname);
