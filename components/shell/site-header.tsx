"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { StrokeIcon } from "@/components/ui/stroke-icon";
import { SECTIONS, type Section } from "@/lib/site-map";
import { ProjectorToggle } from "./projector-toggle";
import { ThemeToggle } from "./theme-toggle";

const isActive = (pathname: string, href: string) =>
  pathname === href || pathname.startsWith(`${href}/`);

/**
 * Top bar: the wordmark, the sections and the theme toggle. From `lg` up every section is a link in
 * the bar; narrower, one "Menu" button opens a panel listing every section (as many as the site map
 * has), so nothing sits past the right edge of a phone.
 */
export function SiteHeader() {
  const pathname = usePathname();
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-[#0f1419]/90">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-1.5 px-3 sm:gap-6 sm:px-4">
        <Link href="/" className="flex shrink-0 items-center gap-2 font-semibold tracking-tight">
          <LogoMark />
          <span className="hidden sm:inline">MobileNet Lab</span>
        </Link>
        <nav aria-label="Main" className="hidden min-w-0 flex-1 lg:flex">
          <ul className="flex items-center gap-1">
            <SectionItems pathname={pathname}>
              {(s, active) => (
                <SectionLink
                  section={s}
                  active={active}
                  className="block px-3 py-1.5 text-sm font-medium whitespace-nowrap"
                  idleClassName="text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
                >
                  {s.label}
                </SectionLink>
              )}
            </SectionItems>
          </ul>
        </nav>
        <ProjectorToggle />
        <MenuButton pathname={pathname} />
        <ThemeToggle />
      </div>
    </header>
  );
}

/**
 * The narrow-screen menu: a disclosure button and a panel with one 44 px row per section. It closes
 * on Escape (focus back on the button), on a click outside and on navigation (it remembers the page
 * it was opened on, so a new pathname closes it without an effect).
 */
function MenuButton({ pathname }: { readonly pathname: string }) {
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const current = SECTIONS.find((s) => isActive(pathname, s.href));

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpenOn(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div ref={root} className="ml-auto flex min-w-0 items-center lg:hidden">
      {current && (
        <span
          className="mr-2 truncate text-sm font-medium text-slate-700 dark:text-slate-200"
          data-testid="menu-current"
        >
          {current.label}
        </span>
      )}
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOn(open ? null : pathname)}
        className="flex h-11 items-center gap-1.5 rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <StrokeIcon>
          {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </StrokeIcon>
        Menu
      </button>
      {open && (
        <nav
          id={panelId}
          aria-label="Main"
          className="absolute inset-x-0 top-14 max-h-[calc(100dvh-3.5rem)] overflow-y-auto border-b border-slate-200 bg-white shadow-lg dark:border-slate-800 dark:bg-[#0f1419]"
        >
          <ul className="mx-auto grid max-w-6xl gap-1 p-3 sm:grid-cols-2">
            <SectionItems pathname={pathname}>
              {(s, active) => (
                <SectionLink
                  section={s}
                  active={active}
                  className="flex min-h-11 flex-col justify-center px-3 py-2"
                  idleClassName="text-slate-800 hover:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800"
                  labelled
                  onClick={() => setOpenOn(null)}
                >
                  <span className="text-base font-medium">{s.label}</span>
                  <span
                    className={`text-xs ${active ? "opacity-80" : "text-slate-500 dark:text-slate-400"}`}
                  >
                    {s.blurb}
                  </span>
                </SectionLink>
              )}
            </SectionItems>
          </ul>
        </nav>
      )}
    </div>
  );
}

/** One list item per section of the site map, with whether it is the current page's section. */
function SectionItems({
  pathname,
  children,
}: {
  readonly pathname: string;
  readonly children: (section: Section, active: boolean) => ReactNode;
}) {
  return SECTIONS.map((s) => <li key={s.href}>{children(s, isActive(pathname, s.href))}</li>);
}

/** A section's link, marked as the current page (and inked dark) when `active`. */
function SectionLink({
  section,
  active,
  className,
  idleClassName,
  labelled = false,
  onClick,
  children,
}: {
  readonly section: Section;
  readonly active: boolean;
  /** Layout classes. */
  readonly className: string;
  /** Ink of a section that is not the current one. */
  readonly idleClassName: string;
  /** Name the link by the section's label alone (its content says more). */
  readonly labelled?: boolean;
  readonly onClick?: () => void;
  readonly children: ReactNode;
}) {
  return (
    <Link
      href={section.href}
      aria-current={active ? "page" : undefined}
      aria-label={labelled ? section.label : undefined}
      onClick={onClick}
      className={`${className} rounded-md ${
        active ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900" : idleClassName
      }`}
    >
      {children}
    </Link>
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
