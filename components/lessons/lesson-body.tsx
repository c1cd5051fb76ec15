import type { ComponentType } from "react";
import { DepthwiseSeparableLesson } from "./depthwise-separable";
import { MobileNetV2Lesson } from "./mobilenet-v2";
import { MobileNetV3Lesson } from "./mobilenet-v3";
import { MobileNetV4Lesson } from "./mobilenet-v4";
import { RunItYourselfLesson } from "./run-it-yourself";
import { WhyEfficientLesson } from "./why-efficient";
import { WidthAndResolutionLesson } from "./width-and-resolution";

/** Lesson slug (lib/lessons/catalog) → its body. */
const BODIES: Readonly<Record<string, ComponentType>> = {
  "why-efficient": WhyEfficientLesson,
  "depthwise-separable": DepthwiseSeparableLesson,
  "width-and-resolution": WidthAndResolutionLesson,
  "mobilenet-v2": MobileNetV2Lesson,
  "mobilenet-v3": MobileNetV3Lesson,
  "mobilenet-v4": MobileNetV4Lesson,
  "run-it-yourself": RunItYourselfLesson,
};

export function LessonBody({ slug }: { readonly slug: string }) {
  const Body = BODIES[slug];
  return Body ? <Body /> : null;
}
