import type { ReactNode } from "react";

/** A page section named by its own h2 (`aria-labelledby`), so it is a landmark region with that name. */
export function TitledSection({
  title,
  id,
  className,
  headingClassName,
  children,
}: {
  readonly title: string;
  /** The heading's id. */
  readonly id: string;
  readonly className: string;
  /** Size and spacing of the heading (it is always semibold). */
  readonly headingClassName: string;
  readonly children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={`${headingClassName} font-semibold`}>
        {title}
      </h2>
      {children}
    </section>
  );
}
