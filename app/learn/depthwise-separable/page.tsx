import { lessonMetadata, lessonRoute } from "@/components/lessons/lesson-page";
import { DepthwiseSeparableLesson } from "@/components/lessons/depthwise-separable";

export const metadata = lessonMetadata("depthwise-separable");
export default lessonRoute("depthwise-separable", DepthwiseSeparableLesson);
