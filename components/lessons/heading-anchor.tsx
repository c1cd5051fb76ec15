import type { ReactElement, ReactNode } from "react";
import { Children, cloneElement, isValidElement } from "react";
import { uniqueSlugger } from "@/lib/lessons/heading-anchor";

/** The "#" after a heading: a link to the heading itself, to copy or share. */
export function HeadingAnchor({ id, text }: { readonly id: string; readonly text: string }) {
  return (
    <a
      href={`#${id}`}
      aria-label={`Link to this section: ${text}`}
      data-testid="heading-anchor"
      className="ml-2 inline-block font-normal text-slate-500 no-underline hover:text-slate-800 focus-visible:text-slate-800 dark:text-slate-400 dark:hover:text-slate-100"
    >
      #
    </a>
  );
}

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}

type HeadingProps = { readonly id?: string; readonly children?: ReactNode };

const isHeading = (node: ReactNode): node is ReactElement<HeadingProps> =>
  isValidElement(node) && (node.type === "h2" || node.type === "h3");

/**
 * The same children with every direct h2/h3 given an id (its own, or one made from its text) and a
 * "#" link to itself, so any section of a lesson can be linked to.
 */
export function withHeadingAnchors(children: ReactNode): ReactNode {
  const explicit = Children.toArray(children).flatMap((c) =>
    isHeading(c) && c.props.id ? [c.props.id] : [],
  );
  const slug = uniqueSlugger(explicit);
  return Children.map(children, (child) => {
    if (!isHeading(child)) return child;
    const text = textOf(child.props.children);
    const id = child.props.id ?? slug(text);
    return cloneElement(
      child,
      { id },
      <>
        {child.props.children}
        <HeadingAnchor id={id} text={text} />
      </>,
    );
  });
}
