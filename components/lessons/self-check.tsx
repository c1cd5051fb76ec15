import type { SelfCheckQuestion } from "@/lib/lessons/self-check";
import { lessonOfQuestions } from "@/lib/lessons/self-check-questions";
import { SelfCheckForm } from "./self-check-form";
import { HeadingAnchor } from "./heading-anchor";
import { TexText } from "./tex-text";

/**
 * The lesson's closing questions. A server component, so hints and explanations are typeset by KaTeX
 * here and the client part ships no KaTeX; answers are remembered per lesson.
 */
export function SelfCheck({ questions }: { readonly questions: readonly SelfCheckQuestion[] }) {
  const typeset = questions.map((q) => ({
    explanation: <TexText text={q.explanation} />,
    hints: q.options.map((o) => (o.hint ? <TexText key={o.text} text={o.hint} /> : null)),
  }));
  return (
    <section
      aria-labelledby="check-yourself"
      className="mt-12 rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800"
    >
      <h2 id="check-yourself" className="text-xl font-semibold">
        Check yourself
        <HeadingAnchor id="check-yourself" text="Check yourself" />
      </h2>
      <SelfCheckForm
        lesson={lessonOfQuestions(questions)}
        questions={questions}
        typeset={typeset}
      />
    </section>
  );
}
