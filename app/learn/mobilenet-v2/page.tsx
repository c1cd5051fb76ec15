import { LessonPage, lessonMetadata } from "@/components/lessons/lesson-page";
import { MobileNetV2Lesson } from "@/components/lessons/mobilenet-v2";

export const metadata = lessonMetadata("mobilenet-v2");

export default function Page() {
  return (
    <LessonPage slug="mobilenet-v2">
      <MobileNetV2Lesson />
    </LessonPage>
  );
}
