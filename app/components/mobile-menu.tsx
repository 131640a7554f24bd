"use client";
// The header's menu under 700 px: a <details> (works without JavaScript, keyboard and screen readers know it), closed
// again after each navigation because the layout, and so the open menu, stays on screen from page to page.
import { useEffect, useRef } from "react";
import { usePathname } from "next/navigation";

export function MobileMenu({ label, children }: { label: string; children: React.ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  useEffect(() => {
    const close = (event: KeyboardEvent) => {
      if (event.key === "Escape" && menu.current?.open) {
        menu.current.open = false;
        menu.current.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("keydown", close);
    return () => document.removeEventListener("keydown", close);
  }, []);
  return (
    <details className="mobile-menu" ref={menu}>
      <summary>
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M4 6h16M4 12h16M4 18h16" />
        </svg>
        {label}
      </summary>
      {/* A link to the page already shown (another query) changes no pathname: close on the click itself. */}
      <div
        className="mobile-menu-panel"
        onClick={(event) => {
          if ((event.target as HTMLElement).closest("a") && menu.current) menu.current.open = false;
        }}
      >
        {children}
      </div>
    </details>
  );
}
