/** What the /teach page knows of each installed backbone, read when the page is built. */
export interface BackboneOption {
  readonly id: string;
  readonly title: string;
  readonly shortName: string;
  readonly macs: number | null;
  readonly params: number | null;
  readonly engine: { readonly model: string; readonly alpha: number; readonly resolution: number };
  /** Browser-only (MobileNetV4): offered once this browser holds its file. */
  readonly remoteOnly: boolean;
}

export interface SampleOption {
  readonly src: string;
  readonly caption: string;
  readonly file: string;
}
