/**
 * onnxruntime-web's session-creation errors, turned into one sentence that names the operator when the
 * runtime has no kernel for it. The patterns are the runtime's own messages (observed with 1.30):
 *   "No Op registered for FancyNewOp with domain_version of 17"
 *   "Fatal error: com.example:Frobnicate(-1) is not a registered function/op"
 *   "Could not find an implementation for Foo(11) node with name '…'"
 */
const PATTERNS: readonly RegExp[] = [
  /No Op registered for (\S+) with domain_version of (\d+)/,
  /(\S+?)(?:\((-?\d+)\))? is not a registered function\/op/,
  /Could not find an implementation for (\S+?)\((\d+)\) node/,
];

/** The op named in a session error (domain-qualified for custom domains), if any. */
export function unsupportedOp(message: string): { op: string; version: string | null } | null {
  for (const p of PATTERNS) {
    const m = p.exec(message);
    if (m?.[1]) return { op: m[1].replace(/^:/, "").replace(":", "."), version: m[2] ?? null };
  }
  return null;
}

/** One sentence for a model the runtime cannot start; its costs are still shown. */
export function explainSessionError(message: string, backend: string): string {
  const found = unsupportedOp(message);
  if (found) {
    const version = found.version && found.version !== "-1" ? ` (opset ${found.version})` : "";
    return `onnxruntime-web cannot run the operator ${found.op}${version} on ${backend}, so this model cannot be timed or run here; its costs are still counted.`;
  }
  const short = message.replace(/^Can't create a session\.\s*/, "").slice(0, 240);
  return `onnxruntime-web could not start this model on ${backend}: ${short}`;
}
