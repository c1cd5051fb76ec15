import { lessonMetadata, lessonRoute } from "@/components/lessons/lesson-page";
import { WidthAndResolutionLesson } from "@/components/lessons/width-and-resolution";

export const metadata = lessonMetadata("width-and-resolution");
export default lessonRoute("width-and-resolution", WidthAndResolutionLesson);
