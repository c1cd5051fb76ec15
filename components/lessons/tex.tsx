import katex from "katex";

/**
 * A formula typeset by KaTeX on the server (no client JS; the stylesheet and its self-hosted fonts are
 * imported by the lesson route). `throwOnError: false` so a typo shows red source, never a crash.
 */
export function Tex({
  math,
  display = false,
}: {
  readonly math: string;
  readonly display?: boolean;
}) {
  const html = katex.renderToString(math, {
    displayMode: display,
    throwOnError: false,
    output: "htmlAndMathml",
  });
  const Tag = display ? "div" : "span";
  return (
    <Tag
      className={display ? "my-4 overflow-x-auto overflow-y-hidden py-1" : undefined}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
