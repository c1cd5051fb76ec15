import { lessonMetadata, lessonRoute } from "@/components/lessons/lesson-page";
import { MobileNetV4Lesson } from "@/components/lessons/mobilenet-v4";

export const metadata = lessonMetadata("mobilenet-v4");
export default lessonRoute("mobilenet-v4", MobileNetV4Lesson);
