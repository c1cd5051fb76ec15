import Link from "next/link";

/** A "see it on real activations" link to /inside, the same look wherever it appears. */
export function InsideLink({
  href,
  children,
  onClick,
}: {
  readonly href: string;
  readonly children: React.ReactNode;
  /** Runs before the navigation, e.g. to hand the page's photo over. */
  readonly onClick?: () => void;
}) {
  return (
    <Link href={href} className="underline" data-testid="inside-link" onClick={onClick}>
      {children} →
    </Link>
  );
}
