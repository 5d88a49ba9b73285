import type { MouseEvent, ReactNode } from "react";
import { navigate } from "../routes.js";

/** An in-app link: a real href (open in a new tab works), client-side navigation on a plain click. */
export function Link({
  href,
  children,
  current,
  className,
}: {
  href: string;
  children: ReactNode;
  current?: boolean;
  className?: string;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={onClick} aria-current={current ? "page" : undefined} className={className}>
      {children}
    </a>
  );
}
