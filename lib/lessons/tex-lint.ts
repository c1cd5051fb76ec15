/**
 * Finds TeX that lost its backslashes. TeX written in an ordinary string literal ("\cdot") loses
 * them silently: "\c" is just "c", and "\t" / "\f" / "\b" / "\v" become control characters, so
 * "$x \cdot \text{h}$" renders as "x cdot <tab>ext h". Used by a unit test over every text the
 * lessons render and by the lessons' e2e over the rendered pages.
 */
import { texSegments } from "./tex-segments";

/** TeX commands our formulas use (and their neighbours): a bare one inside `$…$` is a lost backslash. */
const COMMANDS = [
  "approx",
  "cdot",
  "cdots",
  "ldots",
  "mathrm",
  "mathbf",
  "operatorname",
  "text",
  "frac",
  "tfrac",
  "dfrac",
  "sqrt",
  "times",
  "alpha",
  "beta",
  "rho",
  "sigma",
  "lambda",
  "underbrace",
  "xrightarrow",
  "rightarrow",
  "begin",
  "end",
  "lceil",
  "rceil",
  "lfloor",
  "rfloor",
  "odot",
  "leq",
  "geq",
  "quad",
  "sum",
  "max",
] as const;

/** Commands that are no English word: outside formulas too, any bare one is TeX gone wrong. */
const NEVER_PROSE = [
  "cdot",
  "mathrm",
  "mathbf",
  "operatorname",
  "tfrac",
  "dfrac",
  "underbrace",
  "xrightarrow",
  "lceil",
  "rceil",
  "lfloor",
  "rfloor",
];

/** Words that also are English ("times", "text", "alpha"): flagged in prose only when glued to math. */
const GLUED = ["approx", "frac", "times", "alpha", "rho", "sqrt", "text", "leq", "geq"];

// A control character left where "\t", "\f", "\b" or "\v" started a command (newlines are fine).
const CONTROL = /[\u0008\u0009\u000b\u000c]/;
const RENDERED_CONTROL = /[\u0008\u000b\u000c]/;

const bare = (names: readonly string[]) =>
  new RegExp(`(?<!\\\\)(?<![A-Za-z])(${names.join("|")})(?![A-Za-z])`, "g");
const INSIDE_MATH = bare(COMMANDS);
const TEXT_ARGUMENT = /\\(?:text|mathrm|operatorname)\{[^}]*\}/g;
const PROSE_ANYWHERE = new RegExp(`(?<!\\\\)(${NEVER_PROSE.join("|")})`, "g");
// "9approx0.115", "xcdot", "(alpha": a command name touching a digit, a bracket or a sub/superscript.
const PROSE_GLUED = new RegExp(
  `(?<!\\\\)(?:(?<=[0-9)}^_])(${GLUED.join("|")})|(${GLUED.join("|")})(?=[0-9({_^]))`,
  "g",
);

/** One problem: the bare command and a little of the text around it. */
export interface TexLintProblem {
  readonly command: string;
  readonly context: string;
}

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 20), index + 30).replace(/\s+/g, " ");
}

function matches(re: RegExp, text: string): TexLintProblem[] {
  return [...text.matchAll(re)].map((m) => ({
    command: m[1] ?? m[2] ?? m[0],
    context: around(text, m.index ?? 0),
  }));
}

/**
 * Every TeX command in `text` that lost its backslash, in `$…$` formulas (any known command name
 * without its `\`) and in plain text (control characters, names no English text contains, and
 * names glued to numbers or brackets). `rendered` is for text read off a page, where `$` no longer
 * marks formulas: only the plain-text rules apply.
 */
export function lostTexCommands(text: string, rendered = false): TexLintProblem[] {
  const problems: TexLintProblem[] = [];
  // Read off a page, tabs are layout (table cells, MathML); a lost "\text" still shows in the formula.
  const control = (rendered ? RENDERED_CONTROL : CONTROL).exec(text);
  if (control)
    problems.push({ command: "control character", context: around(text, control.index) });
  const segments = rendered ? [{ tex: false, text }] : texSegments(text);
  for (const s of segments) {
    // Words inside \text{…} are prose, not commands ("\text{max pool}").
    if (s.tex) problems.push(...matches(INSIDE_MATH, s.text.replace(TEXT_ARGUMENT, "")));
    else problems.push(...matches(PROSE_ANYWHERE, s.text), ...matches(PROSE_GLUED, s.text));
  }
  return problems;
}

/**
 * The same check for a formula's TeX source (a KaTeX annotation or a `<Tex math>` prop): every
 * known command name must follow a backslash.
 */
export function lostTexCommandsInFormula(tex: string): TexLintProblem[] {
  return lostTexCommands(`$${tex.replaceAll("$", "")}$`);
}
