// Per-op profile summaries, so both engines can be compared kernel class by kernel class:
// stem conv, depthwise 3×3, pointwise 1×1 expand (+ReLU6), pointwise 1×1 project (+residual add),
// head (mean + matmul). ORT-web's WASM profiler prints Chrome-trace events through console.log;
// the TF.js worker times each op call itself.

const round = (x) => Number(x.toFixed(3));

/** ORT node → kernel class, from its op type and weight shape ([O, I/g, kh, kw]). */
function ortClass(ev) {
  const a = ev.args;
  const w = a.input_type_shape?.[1]?.float;
  if (a.op_name === "FusedConv" || a.op_name === "Conv") {
    const act = a.op_name === "FusedConv" ? "+act" : "";
    const inC = a.input_type_shape?.[0]?.float?.[1];
    if (w?.[2] === 3 && w?.[1] !== inC) return `depthwise3x3${act}`; // grouped: fewer channels per filter than the input has
    if (w?.[2] === 3) return `stem3x3${act}`;
    // A 4th input is the residual that ConvAddFusion folded into the conv.
    const add = a.input_type_shape.length > 3 ? "+add" : "";
    return `pointwise1x1${act}${add}`;
  }
  return a.op_name;
}

/**
 * @param {string[]} lines console output of a worker that ran `runs` inferences with profiling on
 * @param {number} runs the first run is dropped (it includes one-time kernel preparation)
 */
export function summarizeOrtProfile(lines, runs) {
  const events = [];
  for (const line of lines)
    for (const piece of line.split("\n")) {
      const s = piece.trim().replace(/,$/, "");
      if (!s.startsWith('{"cat"')) continue;
      try {
        const ev = JSON.parse(s);
        if (ev.cat === "Node" && ev.name.endsWith("_kernel_time")) events.push(ev);
      } catch {
        // not an event line
      }
    }
  const perNode = new Map();
  for (const ev of events) {
    const key = ev.name.replace(/_kernel_time$/, "");
    if (!perNode.has(key))
      perNode.set(key, {
        node: key,
        op: ev.args.op_name,
        cls: ortClass(ev),
        out: ev.args.output_type_shape?.[0]?.float,
        durs: [],
      });
    perNode.get(key).durs.push(ev.dur / 1000);
  }
  const nodes = [...perNode.values()].map((n) => {
    const d = n.durs.length === runs ? n.durs.slice(1) : n.durs;
    const sorted = [...d].sort((a, b) => a - b);
    return {
      node: n.node,
      op: n.op,
      cls: n.cls,
      out: n.out,
      medianMs: sorted[sorted.length >> 1] ?? 0,
    };
  });
  return summarize(nodes);
}

/** TF.js op record {op, act, out, ms} → same kernel classes as ORT (residual adds stay separate). */
export function summarizeTfjsProfile(ops, plan) {
  const nodes = ops.map((o, i) => {
    let cls = o.op;
    const act = o.act && o.act !== "linear" ? "+act" : "";
    if (o.op === "dw") cls = `depthwise3x3${act}`;
    else if (o.op === "conv") cls = i === 0 ? `stem3x3${act}` : `pointwise1x1${act}`;
    return { node: o.out, op: o.op, cls, medianMs: o.ms };
  });
  void plan;
  return summarize(nodes);
}

function summarize(nodes) {
  const byClass = {};
  for (const n of nodes) {
    const c = (byClass[n.cls] ??= { count: 0, ms: 0 });
    c.count++;
    c.ms += n.medianMs;
  }
  for (const c of Object.values(byClass)) c.ms = round(c.ms);
  const total = nodes.reduce((s, n) => s + n.medianMs, 0);
  const top = [...nodes].sort((a, b) => b.medianMs - a.medianMs).slice(0, 12);
  return {
    // Convolutions in execution order (both engines run them in the graph's order), for alignment.
    convs: nodes
      .filter((n) => /^(stem|depthwise|pointwise)/.test(n.cls))
      .map((n) => ({ cls: n.cls, out: n.out ?? null, ms: round(n.medianMs) })),
    sumOfOpsMs: round(total),
    byClass,
    slowestNodes: top.map((n) => ({
      node: n.node,
      cls: n.cls,
      out: n.out ?? null,
      ms: round(n.medianMs),
    })),
  };
}

/**
 * Conv-by-conv comparison of two profiles (same graph, same order): which kernels lose, by how much.
 * @returns {{ rows: object[], byKind: Record<string, { ortMs: number, tfjsMs: number, ratio: number }> }}
 */
export function compareConvs(ortProfile, tfjsProfile) {
  const rows = ortProfile.convs.map((o, i) => {
    const t = tfjsProfile.convs[i];
    return {
      i,
      kind: o.cls.replace(/\+.*/, ""),
      out: o.out,
      ortMs: o.ms,
      tfjsMs: t?.ms ?? null,
      ratio: t ? round(o.ms / t.ms) : null,
    };
  });
  const byKind = {};
  for (const r of rows) {
    const k = (byKind[r.kind] ??= { ortMs: 0, tfjsMs: 0, ratio: 0 });
    k.ortMs = round(k.ortMs + r.ortMs);
    k.tfjsMs = round(k.tfjsMs + (r.tfjsMs ?? 0));
    k.ratio = round(k.ortMs / k.tfjsMs);
  }
  return { byKind, rows };
}
