import { lessonMetadata, lessonRoute } from "@/components/lessons/lesson-page";
import { MobileNetV3Lesson } from "@/components/lessons/mobilenet-v3";

export const metadata = lessonMetadata("mobilenet-v3");
export default lessonRoute("mobilenet-v3", MobileNetV3Lesson);
