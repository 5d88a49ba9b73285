import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";

/**
 * The id of what the web server rendered before any script ran (the campaign home's first screen).
 * The app that mounts renders the same from the same data, synchronously, and removes it in the
 * same task, so the browser never paints a gap or a jump between the two.
 */
export const preludeId = "kepu-prelude";

/**
 * single-spa lifecycles for one React app: mount renders into its own element inside the root
 * config's outlet (#kepu-main), unmount removes it, so apps never fight over a DOM node.
 */
export function singleSpaLifecycles(name: string, render: () => ReactNode) {
  let root: Root | null = null;
  let container: HTMLElement | null = null;
  return {
    async bootstrap(): Promise<void> {},
    async mount(props: { domElement?: HTMLElement } = {}): Promise<void> {
      container = document.createElement("div");
      container.id = `kepu-app-${name}`;
      (props.domElement ?? document.getElementById("kepu-main") ?? document.body).append(container);
      const created = createRoot(container);
      root = created;
      flushSync(() => created.render(render()));
      document.getElementById(preludeId)?.remove();
    },
    async unmount(): Promise<void> {
      root?.unmount();
      container?.remove();
      root = null;
      container = null;
    },
  };
}
