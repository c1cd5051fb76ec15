import { LessonPage, lessonMetadata } from "@/components/lessons/lesson-page";
import { MobilenetAsBackboneLesson } from "@/components/lessons/mobilenet-as-backbone";
import { loadDetectAssets } from "@/app/detect/detect-assets";

export const metadata = lessonMetadata("mobilenet-as-backbone");

export default function Page() {
  // The cost split is counted from the installed model files when the page is built.
  const { costs } = loadDetectAssets();
  return (
    <LessonPage slug="mobilenet-as-backbone">
      <MobilenetAsBackboneLesson costs={costs} />
    </LessonPage>
  );
}
