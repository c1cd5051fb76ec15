import { LessonPage, lessonMetadata } from "@/components/lessons/lesson-page";
import { MobileNetV4Lesson } from "@/components/lessons/mobilenet-v4";

export const metadata = lessonMetadata("mobilenet-v4");

export default function Page() {
  return (
    <LessonPage slug="mobilenet-v4">
      <MobileNetV4Lesson />
    </LessonPage>
  );
}
