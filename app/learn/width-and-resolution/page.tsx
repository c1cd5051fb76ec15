import { LessonPage, lessonMetadata } from "@/components/lessons/lesson-page";
import { WidthAndResolutionLesson } from "@/components/lessons/width-and-resolution";

export const metadata = lessonMetadata("width-and-resolution");

export default function Page() {
  return (
    <LessonPage slug="width-and-resolution">
      <WidthAndResolutionLesson />
    </LessonPage>
  );
}
