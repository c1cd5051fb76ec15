"use client";

import { ChannelCanvas } from "@/components/inside/channel-canvas";
import type { RealTensor } from "@/lib/blocks/real-tensors";

/** A few real channels of one tensor, drawn with the activation ramp on the layer's range. */
export function TensorThumbs({
  tensor,
  label,
}: {
  readonly tensor: RealTensor;
  readonly label: string;
}) {
  const shown = Math.min(tensor.channels, tensor.planes.length / (tensor.h * tensor.w));
  return (
    <span
      className="mt-1 grid w-24 grid-cols-4 gap-0.5"
      data-testid="tensor-thumbs"
      role="group"
      aria-label={`${label}: first ${shown} of ${tensor.channels} channels, your photo`}
    >
      {Array.from({ length: shown }, (_, c) => (
        <ChannelCanvas
          key={c}
          data={tensor.planes}
          channel={c}
          h={tensor.h}
          w={tensor.w}
          lo={tensor.lo}
          hi={tensor.hi}
          label={`channel ${c}`}
        />
      ))}
    </span>
  );
}
