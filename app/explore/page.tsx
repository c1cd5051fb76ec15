import type { Metadata } from "next";
import { Suspense } from "react";
import { ExplorerFromUrl } from "@/components/explore/explorer-from-url";
import { PageIntro } from "@/components/shell/page-intro";

export const metadata: Metadata = { title: "Architecture explorer" };

export default function ExplorePage() {
  return (
    <div>
      <PageIntro title="Architecture explorer">
        Any MobileNet at any width multiplier α and input resolution: exact parameter and
        multiply-add counts, layer by layer. The address bar always holds the current view, so you
        can share it.
      </PageIntro>
      <div className="mt-6">
        {/* The view lives in the URL, read in the browser so the page is static (npm run export). */}
        <Suspense
          fallback={
            <p className="text-sm text-slate-600 dark:text-slate-400">Loading the explorer…</p>
          }
        >
          <ExplorerFromUrl />
        </Suspense>
      </div>
    </div>
  );
}
