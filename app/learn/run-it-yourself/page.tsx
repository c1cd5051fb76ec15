import { LessonPage, lessonMetadata } from "@/components/lessons/lesson-page";
import { RunItYourselfLesson } from "@/components/lessons/run-it-yourself";

export const metadata = lessonMetadata("run-it-yourself");

export default function Page() {
  return (
    <LessonPage slug="run-it-yourself">
      <RunItYourselfLesson />
    </LessonPage>
  );
}
