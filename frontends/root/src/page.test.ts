import { describe, expect, it } from "vitest";
import { importMap, renderPage } from "./page.js";

describe("root config page", () => {
  it("maps every shared module once and every app by name", () => {
    const { imports } = importMap({ gatewayUrl: "http://localhost:4000/graphql" });
    expect(imports.react).toBe("/shared/react.js");
    expect(imports["react-dom/client"]).toBe("/shared/react-dom-client.js");
    expect(imports["@kepu/graphql-client"]).toBe("/shared/graphql-client.js");
    expect(imports["@kepu/public"]).toBe("/apps/public/app.js");
    expect(imports["@kepu/organizers"]).toBe("/apps/organizers/app.js");
  });

  it("points an independently deployed app, or a CDN for the shared modules, at its own URL", () => {
    const { imports } = importMap({
      gatewayUrl: "x",
      sharedBaseUrl: "https://cdn.example/shared/v2/",
      appUrls: { "@kepu/reviewers": "https://cdn.example/reviewers/1.4.0/app.js" },
    });
    expect(imports.react).toBe("https://cdn.example/shared/v2/react.js");
    expect(imports["@kepu/reviewers"]).toBe("https://cdn.example/reviewers/1.4.0/app.js");
    expect(imports["@kepu/public"]).toBe("/apps/public/app.js");
  });

  it("escapes settings into the page", () => {
    const html = renderPage({ gatewayUrl: 'https://g.example/graphql"><script>x</script>' });
    expect(html).not.toContain("<script>x</script>");
    expect(html).toContain('<script type="importmap">');
  });
});
