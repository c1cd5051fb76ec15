import type { Metadata } from "next";
import { ModelApp } from "@/components/model/model-app";
import { PageIntro } from "@/components/shell/page-intro";

export const metadata: Metadata = { title: "Your model" };

export default function ModelPage() {
  return (
    <div>
      <PageIntro title="Your model">
        Open any ONNX file and see what it costs, layer by layer: the exact multiply-adds and
        parameters of every convolution and fully connected layer, counted the way the MobileNet
        papers count them and the way the explorer does. Then time it in your browser on WebAssembly
        and WebGPU, and, if it is an ImageNet classifier, classify a photo with it. The file never
        leaves your device.
      </PageIntro>
      <p className="mt-3 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
        MACs are the multiply-adds of Conv (also ConvInteger and QLinearConv), Gemm and MatMul with
        a stored weight. A MatMul of two computed tensors, such as attention&apos;s QKᵀ, is listed
        apart, as the explorer does. Parameters are every learned value stored in the file (batch
        norm is usually folded into the conv biases). Every other op is listed by type and count.
        Dynamic height and width are counted at an input size you choose.
      </p>
      <ModelApp />
    </div>
  );
}
