/**
 * The single-spa root config: which app is mounted for which route. Apps are loaded by their bare
 * names, resolved by the page's import map, so each can be deployed on its own.
 */
import { type LifeCycles, registerApplication, start } from "single-spa";
import { apps } from "./apps.js";

const nonPublicRoutes = apps.map((app) => app.route).filter((route) => route !== "/");

for (const app of apps) {
  registerApplication({
    name: app.name,
    app: () => import(/* @vite-ignore */ app.name) as Promise<LifeCycles>,
    activeWhen:
      app.route === "/"
        ? (location) => !nonPublicRoutes.some((route) => location.pathname.startsWith(route))
        : (location) => location.pathname.startsWith(app.route),
  });
}

start({ urlRerouteOnly: true });
