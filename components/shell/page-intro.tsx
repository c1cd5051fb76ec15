import type { ReactNode } from "react";

/** The heading and lead paragraph that open a tool page (the explorer, the lab, your model, the lessons). */
export function PageIntro({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ReactNode;
}) {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">{children}</p>
    </>
  );
}
