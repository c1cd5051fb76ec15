import type { ReactNode } from "react";
import { withHeadingAnchors } from "./heading-anchor";

/** Lesson text column: short paragraphs, readable measure, consistent rhythm; every heading linkable. */
export function Prose({ children }: { readonly children: ReactNode }) {
  return (
    // Text keeps a readable measure; figures (direct children too) may use the full page width.
    <div className="space-y-4 leading-relaxed text-slate-800 dark:text-slate-200 [&>*]:max-w-3xl [&>figure]:max-w-none [&>h2]:mt-10 [&>h2]:text-xl [&>h2]:font-semibold [&>h2]:text-slate-900 dark:[&>h2]:text-slate-100">
      {withHeadingAnchors(children)}
    </div>
  );
}

/** A boxed interactive or figure, full width of the column. */
export function Figure({
  children,
  caption,
}: {
  readonly children: ReactNode;
  readonly caption?: ReactNode;
}) {
  return (
    <figure className="my-6 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      {children}
      {caption && (
        <figcaption className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          {caption}
        </figcaption>
      )}
    </figure>
  );
}
