import { lessonMetadata, lessonRoute } from "@/components/lessons/lesson-page";
import { RunItYourselfLesson } from "@/components/lessons/run-it-yourself";

export const metadata = lessonMetadata("run-it-yourself");
export default lessonRoute("run-it-yourself", RunItYourselfLesson);
