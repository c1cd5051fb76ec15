import { SegmentedRadio } from "@/components/ui/segmented-radio";
import { autoPreview } from "@/lib/backend-choice/auto-message";
import type { BackendChoice, RuntimeEnv } from "@/lib/inference/protocol";

const CHOICES: readonly { value: BackendChoice; label: string }[] = [
  { value: "auto", label: "Auto" },
  { value: "webgpu", label: "WebGPU" },
  { value: "wasm", label: "WASM" },
];

/**
 * Auto / WebGPU / WASM as a native radio group, with what Auto will pick said beside it: before a
 * run what it will do, after an Auto run why it ran where it did.
 */
export function BackendPicker({
  value,
  onChange,
  env,
  autoReason,
  disabled,
}: {
  readonly value: BackendChoice;
  readonly onChange: (v: BackendChoice) => void;
  readonly env: Pick<
    RuntimeEnv,
    "webgpuAdapter" | "webgpuDescription" | "webgpuSoftwareName"
  > | null;
  /** The latest Auto run's reason for the current model, if there is one. */
  readonly autoReason: string | null;
  readonly disabled: boolean;
}) {
  return (
    <fieldset disabled={disabled}>
      <legend className="text-sm font-semibold">Backend</legend>
      <SegmentedRadio name="backend" value={value} options={CHOICES} onChange={onChange} />
      {env && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" data-testid="auto-choice">
          {autoReason ??
            autoPreview({
              available: env.webgpuAdapter,
              description: env.webgpuDescription,
              softwareName: env.webgpuSoftwareName,
            })}
        </p>
      )}
    </fieldset>
  );
}
