import type { ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";

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
      root = createRoot(container);
      root.render(render());
    },
    async unmount(): Promise<void> {
      root?.unmount();
      container?.remove();
      root = null;
      container = null;
    },
  };
}
