import { LessonPage, lessonMetadata } from "@/components/lessons/lesson-page";
import { WhyEfficientLesson } from "@/components/lessons/why-efficient";

export const metadata = lessonMetadata("why-efficient");

export default function Page() {
  return (
    <LessonPage slug="why-efficient">
      <WhyEfficientLesson />
    </LessonPage>
  );
}
