import { lessonMetadata, lessonRoute } from "@/components/lessons/lesson-page";
import { WhyEfficientLesson } from "@/components/lessons/why-efficient";

export const metadata = lessonMetadata("why-efficient");
export default lessonRoute("why-efficient", WhyEfficientLesson);
