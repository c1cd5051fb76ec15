"use client";

import { useEffect, useState } from "react";
import { FileClassifier } from "@/components/model/file-classifier";
import { useModelFileClient } from "@/components/model/use-model-file-client";
import type { AnalyzedFile } from "@/lib/model-file/model-file-protocol";

/**
 * A classifier exported by /teach, opened on another page (/classify): the /model page's worker
 * reads it, and it classifies photos with its own class names and preprocessing.
 */
export function TaughtFileClassifier({ bytes }: { readonly bytes: ArrayBuffer }) {
  const clientState = useModelFileClient();
  const client = clientState.status === "ready" ? clientState.client : null;
  const [file, setFile] = useState<AnalyzedFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!client) return;
    let alive = true;
    client
      .analyze(bytes.slice(0), 224)
      .then((f) => alive && setFile(f))
      .catch((err: Error) => alive && setError(err.message));
    return () => {
      alive = false;
    };
  }, [client, bytes]);
  if (error)
    return (
      <p role="alert" className="text-sm text-red-800 dark:text-red-300">
        {error}
      </p>
    );
  if (!client || !file?.known || !file.taught)
    return (
      <p role="status" className="text-sm">
        Opening the file…
      </p>
    );
  return (
    <div
      className="mt-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800"
      data-testid="taught-classifier"
    >
      <FileClassifier
        client={client}
        known={file.known}
        size={file.known.preprocessing.center_crop}
        webgpu={clientState.status === "ready" && clientState.webgpu.available}
        labels={file.taught.classes}
      />
    </div>
  );
}
