import { lessonMetadata, lessonRoute } from "@/components/lessons/lesson-page";
import { MobileNetV2Lesson } from "@/components/lessons/mobilenet-v2";

export const metadata = lessonMetadata("mobilenet-v2");
export default lessonRoute("mobilenet-v2", MobileNetV2Lesson);
