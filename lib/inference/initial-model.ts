/** Which model /classify starts on, shared by the page's HTML (which prefetches it) and its app. */
interface Candidate {
  readonly id: string;
  readonly installed: boolean;
  readonly remoteOnly: boolean;
}

/** V2 first when installed: the reference MobileNet, and the one most visitors run. */
export const DEFAULT_MODEL_ID = "mobilenet-v2-1.0-224";

/** The default when installed, else the first installed model, else the first remote-only one, else "". */
export function initialModelId(models: readonly Candidate[]): string {
  const installed = models.filter((m) => m.installed);
  return (
    (installed.find((m) => m.id === DEFAULT_MODEL_ID) ?? installed[0])?.id ??
    models.find((m) => m.remoteOnly)?.id ??
    ""
  );
}
