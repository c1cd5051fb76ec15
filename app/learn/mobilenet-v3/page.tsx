import { LessonPage, lessonMetadata } from "@/components/lessons/lesson-page";
import { MobileNetV3Lesson } from "@/components/lessons/mobilenet-v3";

export const metadata = lessonMetadata("mobilenet-v3");

export default function Page() {
  return (
    <LessonPage slug="mobilenet-v3">
      <MobileNetV3Lesson />
    </LessonPage>
  );
}
