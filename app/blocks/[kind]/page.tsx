import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { BlockExplorer } from "@/components/blocks/block-explorer";
import { BlockKindGlyph } from "@/components/blocks/block-kind-glyph";
import { BLOCK_KINDS, BLOCK_KIND_SLUGS, blockKind, isBlockKindSlug } from "@/lib/blocks/catalog";
import { InsideLink } from "@/components/inside/inside-link";
import { insideTargetForBlock } from "@/lib/inside/inside-links";
import { loadClassifyAssets } from "@/lib/inference/installed-assets";

interface Props {
  readonly params: Promise<{ kind: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return BLOCK_KIND_SLUGS.map((kind) => ({ kind }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params;
  if (!isBlockKindSlug(kind)) return {};
  const entry = blockKind(kind);
  return { title: entry.title, description: entry.summary };
}

export default async function BlockKindPage({ params }: Props) {
  const { kind } = await params;
  if (!isBlockKindSlug(kind)) notFound();
  const entry = blockKind(kind);
  const { models, samples } = loadClassifyAssets();
  const realModels = models.filter((m) => !m.remoteOnly).map((m) => m.id);
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link
          href="/blocks"
          className="text-slate-600 underline-offset-2 hover:underline dark:text-slate-400"
        >
          Blocks
        </Link>
      </nav>
      <header className="flex max-w-3xl items-start gap-4">
        <BlockKindGlyph kind={kind} className="mt-1 hidden h-10 w-20 shrink-0 sm:block" />
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{entry.title}</h1>
          <p className="mt-2 text-slate-700 dark:text-slate-300">{entry.summary}</p>
          <p className="mt-2 text-sm">
            <InsideLink href={insideTargetForBlock(kind).href}>
              {insideTargetForBlock(kind).text}
            </InsideLink>
          </p>
        </div>
      </header>
      <Suspense
        fallback={
          <div
            className="h-[44rem] animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800"
            aria-hidden="true"
          />
        }
      >
        <BlockExplorer kind={kind} realModels={realModels} samples={samples} />
      </Suspense>
      <nav
        aria-label="Other blocks"
        className="border-t border-slate-200 pt-4 dark:border-slate-700"
      >
        <ul className="flex flex-wrap gap-2 text-sm">
          {BLOCK_KINDS.filter((k) => k.slug !== kind).map((k) => (
            <li key={k.slug}>
              <Link
                href={`/blocks/${k.slug}`}
                className="inline-block rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
              >
                {k.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
