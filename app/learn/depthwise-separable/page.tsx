import { LessonPage, lessonMetadata } from "@/components/lessons/lesson-page";
import { DepthwiseSeparableLesson } from "@/components/lessons/depthwise-separable";

export const metadata = lessonMetadata("depthwise-separable");

export default function Page() {
  return (
    <LessonPage slug="depthwise-separable">
      <DepthwiseSeparableLesson />
    </LessonPage>
  );
}
