/**
 * The single-spa root config: which app is mounted for which route. Apps are loaded by their bare
 * names, resolved by the page's import map, so each can be deployed on its own.
 */
import { type LifeCycles, registerApplication, start } from "single-spa";
import { appForPath, apps } from "./apps.js";

for (const app of apps) {
  registerApplication({
    name: app.name,
    app: () => import(/* @vite-ignore */ app.name) as Promise<LifeCycles>,
    activeWhen: (location) => appForPath(location.pathname) === app.name,
  });
}

start({ urlRerouteOnly: true });
