/**
 * Per-layer cost table of one MobileNet from the cost engine.
 *   npm run -s costs -- <model> [--alpha A] [--resolution R] [--v3-small-head 1024|1280] [--json]
 * Text mode prints a table with totals; --json prints
 * {model, alpha, resolution, params, bnParams, macs, layers: [...]} with integer counts.
 * Bad arguments: one line on stderr, exit code 2.
 */
import { parseArgs } from "node:util";
import { MODEL_IDS, isModelId } from "../lib/arch/models";
import type { LayerCost, ModelId, ResolvedNetwork, TensorShape } from "../lib/arch/types";
import { CostInputError } from "../lib/cost/cost-input-error";
import { formatCount, formatExact } from "../lib/cost/format";
import type { ResolveOptions } from "../lib/cost/resolve-options";
import { resolveNetwork } from "../lib/cost/resolve-network";

const USAGE = `usage: costs <model> [--alpha A] [--resolution R] [--v3-small-head 1024|1280] [--json]
models: ${MODEL_IDS.join(", ")}`;

/** A command-line mistake: reported as one stderr line and exit code 2. */
class UsageError extends Error {}

interface CliArgs {
  readonly model: ModelId;
  readonly options: ResolveOptions;
  readonly json: boolean;
  readonly help: boolean;
}

function parseNumber(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value)) {
    throw new UsageError(`--${flag} must be a number, got "${text}"`);
  }
  return value;
}

function parseHead(text: string | undefined): 1024 | 1280 | undefined {
  const head = parseNumber("v3-small-head", text);
  if (head === undefined || head === 1024 || head === 1280) return head;
  throw new UsageError(`--v3-small-head must be 1024 or 1280, got "${String(text)}"`);
}

function parseCli(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        alpha: { type: "string" },
        resolution: { type: "string" },
        "v3-small-head": { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    // Node's messages add a second sentence of advice; the first says what was wrong.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split(". ")[0] ?? message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { model: "v1", options: {}, json: false, help: true };
  const [model, ...extra] = positionals;
  if (model === undefined) throw new UsageError(`missing <model> (one of ${MODEL_IDS.join(", ")})`);
  if (!isModelId(model))
    throw new UsageError(`unknown model "${model}" (one of ${MODEL_IDS.join(", ")})`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra.join(" ")}"`);
  const alpha = parseNumber("alpha", values.alpha);
  const resolution = parseNumber("resolution", values.resolution);
  const v3SmallHead = parseHead(values["v3-small-head"]);
  const options: ResolveOptions = {
    ...(alpha === undefined ? {} : { alpha }),
    ...(resolution === undefined ? {} : { resolution }),
    ...(v3SmallHead === undefined ? {} : { v3SmallHead }),
  };
  return { model, options, json: values.json, help: false };
}

function toJson(net: ResolvedNetwork): string {
  const { model, alpha, resolution, totals, layers } = net;
  const { params, bnParams, macs } = totals;
  return JSON.stringify({ model, alpha, resolution, params, bnParams, macs, layers }, null, 2);
}

const shape = (s: TensorShape) => `${s.h}×${s.w}×${s.c}`;

const COLUMNS: readonly (readonly [string, (l: LayerCost) => string, "left" | "right"])[] = [
  ["layer", (l) => l.path, "left"],
  ["op", (l) => l.op, "left"],
  ["input", (l) => shape(l.input), "right"],
  ["output", (l) => shape(l.output), "right"],
  ["k", (l) => String(l.kernel), "right"],
  ["s", (l) => String(l.stride), "right"],
  ["groups", (l) => String(l.groups), "right"],
  ["params", (l) => formatExact(l.params), "right"],
  ["BN γβ", (l) => formatExact(l.bnParams), "right"],
  ["MACs", (l) => formatExact(l.macs), "right"],
  ["other ops", (l) => formatExact(l.otherOps), "right"],
];

function toTable(net: ResolvedNetwork): string {
  const rows = net.layers.map((l) => COLUMNS.map(([, cell]) => cell(l)));
  const header = COLUMNS.map(([title]) => title);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        return COLUMNS[i]?.[2] === "left" ? cell.padEnd(width) : cell.padStart(width);
      })
      .join("  ");
  const { params, bnParams, macs, otherOps } = net.totals;
  return [
    `${net.model}  α=${net.alpha}  ${net.resolution}×${net.resolution}  (${net.layers.length} layers)`,
    line(header),
    ...rows.map(line),
    "",
    `params    ${formatExact(params).padStart(14)}  (${formatCount(params)}; conv/FC weights + biases, no BN)`,
    `BN γβ     ${formatExact(bnParams).padStart(14)}  (trainable total ${formatExact(params + bnParams)})`,
    `MACs      ${formatExact(macs).padStart(14)}  (${formatCount(macs)} multiply-adds; FLOPs ≈ 2 × MACs)`,
    `other ops ${formatExact(otherOps).padStart(14)}  (attention QKᵀ/A·V products, SE scaling; not MACs)`,
  ].join("\n");
}

function main(argv: readonly string[]): number {
  try {
    const args = parseCli(argv);
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const net = resolveNetwork(args.model, args.options);
    process.stdout.write(`${args.json ? toJson(net) : toTable(net)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof CostInputError) {
      process.stderr.write(`costs: ${error.message.split("\n")[0] ?? ""}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
