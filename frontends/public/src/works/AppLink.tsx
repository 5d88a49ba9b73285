import type { MouseEvent, ReactNode } from "react";
import { go } from "../routes.js";

/**
 * A link to another page of the public app: a real `href` (it opens in a new tab, can be copied and
 * is read as a link), while a plain click moves without reloading the page.
 */
export function AppLink({
  href,
  children,
  className,
  ariaLabel,
}: {
  href: string;
  children: ReactNode;
  className?: string;
  ariaLabel?: string;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go(href);
  };
  return (
    <a href={href} onClick={onClick} className={className} aria-label={ariaLabel}>
      {children}
    </a>
  );
}
