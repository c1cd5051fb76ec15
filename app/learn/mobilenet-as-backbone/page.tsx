import { lessonMetadata, lessonRoute } from "@/components/lessons/lesson-page";
import { MobilenetAsBackboneLesson } from "@/components/lessons/mobilenet-as-backbone";
import { loadDetectAssets } from "@/app/detect/detect-assets";

export const metadata = lessonMetadata("mobilenet-as-backbone");

function BackboneLessonWithCosts() {
  // The cost split is counted from the installed model files when the page is built.
  return <MobilenetAsBackboneLesson costs={loadDetectAssets().costs} />;
}

export default lessonRoute("mobilenet-as-backbone", BackboneLessonWithCosts);
