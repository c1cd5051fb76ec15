import Link from "next/link";
import type { BlockKindSlug } from "@/lib/blocks/catalog";

/** A link to the full animated block page (/blocks/<kind>), where model, block, α and resolution can be changed. */
export function BlocksLink({
  kind,
  label,
}: {
  readonly kind: BlockKindSlug;
  readonly label: string;
}) {
  return (
    <Link href={`/blocks/${kind}`} className="underline">
      {label} →
    </Link>
  );
}
