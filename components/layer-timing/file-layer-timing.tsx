"use client";

import { LayerTimingPanel } from "./layer-timing-panel";
import { useLayerTiming } from "./use-layer-timing";

/** /model's "Time every layer" for the file the user picked, at the input size the page analyses. */
export function FileLayerTiming({
  file,
  fileKey,
  inputSize,
}: {
  readonly file: File;
  /** Changes with the file and the input size: a new one drops the old report. */
  readonly fileKey: string;
  readonly inputSize: number;
}) {
  const timing = useLayerTiming(fileKey);
  return (
    <LayerTimingPanel
      timing={timing}
      source={async () => ({ kind: "file", bytes: await file.arrayBuffer(), inputSize })}
      fileStem={file.name.replace(/\.onnx$/i, "")}
    />
  );
}
