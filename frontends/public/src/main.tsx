import { ApolloProvider, client } from "@kepu/graphql-client";
import { singleSpaLifecycles } from "@kepu/ui";
import { type HomeSnapshot, homeSnapshotEntries, homeSnapshotId } from "./home/snapshot.js";
import { PublicApp } from "./PublicApp.js";

/**
 * The answers the web server rendered the first screen from (home/prelude.tsx) go into the Apollo
 * cache before the first render, so that render shows the same and asks nothing again.
 */
function seedFromPage(): void {
  const element = document.getElementById(homeSnapshotId);
  if (!element?.textContent) return;
  try {
    const snapshot = JSON.parse(element.textContent) as HomeSnapshot;
    for (const entry of homeSnapshotEntries(snapshot)) client.writeQuery(entry);
  } catch {
    // A snapshot that does not fit is no snapshot: the app asks the gateway as usual.
  } finally {
    element.remove();
  }
}

const lifecycles = singleSpaLifecycles("public", () => (
  <ApolloProvider client={client}>
    <PublicApp />
  </ApolloProvider>
));

export const { bootstrap, unmount } = lifecycles;
export async function mount(props?: { domElement?: HTMLElement }): Promise<void> {
  seedFromPage();
  await lifecycles.mount(props);
}
