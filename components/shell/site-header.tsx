"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { SECTIONS } from "@/lib/site-map";
import { ProjectorToggle } from "./projector-toggle";
import { ThemeToggle } from "./theme-toggle";

/** Top bar: the wordmark, one link per section (scrolls sideways on phones), and the theme toggle. */
export function SiteHeader() {
  const pathname = usePathname();
  const nav = useRef<HTMLElement>(null);
  // On a phone the links scroll sideways: keep the current section's link in view.
  useEffect(() => {
    const box = nav.current;
    const current = box?.querySelector<HTMLElement>("[aria-current=page]");
    if (!box || !current) return;
    const overflow = current.getBoundingClientRect().right - box.getBoundingClientRect().right;
    if (overflow > 0) box.scrollLeft += overflow;
  }, [pathname]);
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-[#0f1419]/90">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-1.5 px-3 sm:gap-6 sm:px-4">
        <Link href="/" className="flex shrink-0 items-center gap-2 font-semibold tracking-tight">
          <LogoMark />
          <span className="hidden sm:inline">MobileNet Lab</span>
        </Link>
        <nav ref={nav} aria-label="Main" className="-mx-1 flex min-w-0 flex-1 overflow-x-auto">
          <ul className="flex items-center gap-0.5 sm:gap-1">
            {SECTIONS.map((s) => {
              const active = pathname === s.href || pathname.startsWith(`${s.href}/`);
              return (
                <li key={s.href}>
                  <Link
                    href={s.href}
                    aria-current={active ? "page" : undefined}
                    className={`block rounded-md px-1.5 py-1.5 text-[13px] font-medium whitespace-nowrap sm:px-3 sm:text-sm ${
                      active
                        ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
                        : "text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
                    }`}
                  >
                    {s.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <ProjectorToggle />
        <ThemeToggle />
      </div>
    </header>
  );
}

/** A depthwise-separable glyph: three thin slices (depthwise) and one wide bar (pointwise). */
function LogoMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 28 28" className="h-7 w-7">
      <rect x="2" y="4" width="4" height="20" rx="1" fill="var(--op-depthwise)" />
      <rect x="8" y="4" width="4" height="20" rx="1" fill="var(--op-depthwise)" opacity="0.75" />
      <rect x="14" y="4" width="4" height="20" rx="1" fill="var(--op-depthwise)" opacity="0.5" />
      <rect x="20" y="4" width="6" height="20" rx="1" fill="var(--op-pointwise)" />
    </svg>
  );
}
