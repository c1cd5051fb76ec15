import type { RuntimeEnv } from "@/lib/inference/protocol";

/** What this browser offers: threads, isolation, SIMD and the WebGPU adapter, each said in words. */
export function RuntimeStatus({ env }: { readonly env: RuntimeEnv }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="runtime-status">
      <dt className="text-slate-500 dark:text-slate-400">Cross-origin isolated</dt>
      <dd>
        <span data-testid="isolated">
          {env.crossOriginIsolated
            ? "yes"
            : "no — WASM runs on 1 thread (the server must send COOP/COEP headers for threads)"}
        </span>
        <span className="block text-xs text-slate-500 dark:text-slate-400">
          The page is walled off from other sites&apos; content, which browsers require before they
          let WebAssembly share memory between threads.
        </span>
      </dd>
      <dt className="text-slate-500 dark:text-slate-400">WASM threads</dt>
      <dd>
        <span data-testid="threads">
          {env.threads} {env.simd ? "· SIMD on" : "· no SIMD"}
        </span>
        <span className="block text-xs text-slate-500 dark:text-slate-400">
          SIMD: one instruction works on several numbers at once (four 32-bit floats in
          WebAssembly), which speeds up convolutions.
        </span>
      </dd>
      <dt className="text-slate-500 dark:text-slate-400">WebGPU adapter</dt>
      <dd data-testid="webgpu-adapter">
        {env.webgpuAdapter ? env.webgpuDescription : `none: ${env.webgpuDescription}`}
      </dd>
      <dt className="text-slate-500 dark:text-slate-400">Runtime</dt>
      <dd>onnxruntime-web {env.ortVersion}</dd>
    </dl>
  );
}
