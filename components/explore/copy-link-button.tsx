"use client";

import { useState } from "react";

/** Copies the current address (which holds the whole explorer state) so a view can be shared. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus("copied");
    } catch {
      // Clipboard access can be refused (permissions, insecure context); the address bar still works.
      setStatus("failed");
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-slate-300 px-2.5 py-1 text-sm font-normal hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        Copy link to this view
      </button>
      <span role="status" className="text-sm font-normal text-slate-600 dark:text-slate-400">
        {status === "copied"
          ? "Copied."
          : status === "failed"
            ? "Copy the address bar instead."
            : ""}
      </span>
    </span>
  );
}
