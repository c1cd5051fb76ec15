"use client";

import { useState } from "react";
import type { AnalyzedFile } from "@/lib/model-file/model-file-protocol";
import { DEFAULT_INPUT_SIZE } from "@/lib/model-file/analyze-model";
import { MAX_MODEL_BYTES, tooBigMessage } from "@/lib/model-file/model-file-error";
import { FileLayerTiming } from "@/components/layer-timing/file-layer-timing";
import { TitledSection } from "@/components/ui/titled-section";
import { FileClassifier } from "./file-classifier";
import { FileTimingPanel } from "./file-timing";
import { ModelFilePicker } from "./model-file-picker";
import { ModelLayers } from "./model-layers";
import { ModelOverview } from "./model-overview";
import { ModelTotalsPanel } from "./model-totals";
import { OpLists } from "./op-lists";
import { useModelFileClient } from "./use-model-file-client";

const PANEL = "rounded-xl border border-slate-200 p-4 dark:border-slate-800";

type FileState =
  | { readonly status: "empty" }
  | { readonly status: "reading"; readonly name: string }
  | { readonly status: "error"; readonly name: string; readonly message: string }
  | { readonly status: "ready"; readonly name: string; readonly file: AnalyzedFile };

function Section(props: { title: string; id: string; children: React.ReactNode }) {
  return <TitledSection {...props} className={PANEL} headingClassName="mb-3 text-lg" />;
}

/** The /model page's interactive part: a file in, its costs, a timing and (for classifiers) predictions out. */
export function ModelApp() {
  const clientState = useModelFileClient();
  const client = clientState.status === "ready" ? clientState.client : null;
  const [state, setState] = useState<FileState>({ status: "empty" });
  const [picked, setPicked] = useState<File | null>(null);

  const open = async (file: File) => {
    if (!client) return;
    // Refused from its size alone: nothing of an oversized file is read.
    if (file.size > MAX_MODEL_BYTES) {
      setState({ status: "error", name: file.name, message: tooBigMessage(file.size) });
      return;
    }
    setState({ status: "reading", name: file.name });
    setPicked(file);
    try {
      const analyzed = await client.analyze(await file.arrayBuffer(), DEFAULT_INPUT_SIZE);
      setState({ status: "ready", name: file.name, file: analyzed });
    } catch (err) {
      setState({ status: "error", name: file.name, message: (err as Error).message });
    }
  };

  const resize = async (size: number) => {
    if (!client || state.status !== "ready") return;
    const { name } = state;
    try {
      setState({ status: "ready", name, file: await client.resize(size) });
    } catch (err) {
      setState({ status: "error", name, message: (err as Error).message });
    }
  };

  const ready = state.status === "ready" ? state : null;
  const analysis = ready?.file.analysis;
  return (
    <div className="mt-6 space-y-6">
      {clientState.status === "error" && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {clientState.message}
        </p>
      )}
      <ModelFilePicker
        onFile={(f) => void open(f)}
        disabled={!client || state.status === "reading"}
      />
      <div aria-live="polite" data-testid="model-status" className="text-sm">
        {state.status === "reading" && <p role="status">Reading {state.name}…</p>}
        {state.status === "error" && (
          <p role="alert" className="text-red-800 dark:text-red-300" data-testid="model-error">
            {state.name}: {state.message}
          </p>
        )}
      </div>
      {ready && analysis && client && clientState.status === "ready" && (
        <div className="space-y-6" key={`${ready.file.sha256}-${analysis.inputSize}`}>
          <Section title="The file" id="file-heading">
            <ModelOverview
              name={ready.name}
              file={ready.file}
              onResize={(s) => void resize(s)}
              busy={false}
            />
            <div className="mt-4">
              <ModelTotalsPanel totals={analysis.totals} />
            </div>
          </Section>
          <Section title="Layer by layer" id="layers-heading">
            <ModelLayers
              analysis={analysis}
              fileName={ready.name}
              layerNames={ready.file.layerNames}
              knownTitle={ready.file.known?.title}
            />
          </Section>
          <Section title="Ops not in the counts" id="ops-heading">
            <OpLists analysis={analysis} />
          </Section>
          <Section title="Time it" id="time-heading">
            <FileTimingPanel client={client} webgpu={clientState.webgpu} />
          </Section>
          {picked && (
            <Section title="Time every layer" id="layer-timing-heading">
              <FileLayerTiming
                file={picked}
                fileKey={`${ready.file.sha256}-${analysis.inputSize}`}
                inputSize={analysis.inputSize}
              />
            </Section>
          )}
          <Section title="Classify a photo" id="classify-heading">
            {ready.file.taught && (
              <p className="mb-3 text-sm" data-testid="taught-model">
                A classifier taught on /teach: {ready.file.taught.backboneTitle} features and a
                trained head for {ready.file.taught.classes.length} classes:{" "}
                {ready.file.taught.classes.join(", ")}.
              </p>
            )}
            {analysis.classifier || (ready.file.taught && ready.file.known) ? (
              <FileClassifier
                client={client}
                known={ready.file.known}
                size={
                  analysis.classifier?.size ?? ready.file.known?.preprocessing.center_crop ?? 224
                }
                webgpu={clientState.webgpu.available}
                labels={ready.file.taught?.classes}
              />
            ) : (
              <p className="text-sm" data-testid="not-a-classifier">
                This model is not an ImageNet classifier (one image [1, 3, H, W] in, [1, 1000] or
                [1, 1001] scores out), so there is nothing to classify with it; its costs are above.
              </p>
            )}
          </Section>
        </div>
      )}
    </div>
  );
}
