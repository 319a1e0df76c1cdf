import type { AnchorHTMLAttributes, MouseEvent } from 'react';

interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  href: string;
  /** Called instead of a page load for a plain click; modified clicks (new tab, new window) go to the browser. */
  onNavigate: () => void;
}

/** A real link (shareable, opens in a new tab) that changes the app's state in place when clicked. */
export function AppLink({ href, onNavigate, onClick, children, ...rest }: AppLinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    onNavigate();
  };
  return (
    <a href={href} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
