import Link from "next/link";

/** A "see it on real activations" link to /inside, the same look wherever it appears. */
export function InsideLink({
  href,
  children,
}: {
  readonly href: string;
  readonly children: React.ReactNode;
}) {
  return (
    <Link href={href} className="underline" data-testid="inside-link">
      {children} →
    </Link>
  );
}
