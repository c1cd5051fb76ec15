import type { ReactNode } from "react";

/** A 20 px line icon on a 24-unit grid, drawn in the text colour; decorative (the button names it). */
export function StrokeIcon({ children }: { readonly children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-5 w-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      {children}
    </svg>
  );
}
