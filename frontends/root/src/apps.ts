/** The micro-frontends and the routes that mount them. */
export const apps = [
  { name: "@kepu/organizers", dir: "organizers", route: "/organizers" },
  { name: "@kepu/reviewers", dir: "reviewers", route: "/reviewers" },
  { name: "@kepu/public", dir: "public", route: "/" },
] as const;
export type AppName = (typeof apps)[number]["name"];
