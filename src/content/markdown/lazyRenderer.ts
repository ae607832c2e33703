import { processCache } from "../../core/processCache.ts";
import type { Renderer } from "./createMarkdown.ts";

/**
 * The shared renderer, imported on first use: a build whose issues and feed bodies all come
 * from the render cache never loads markdown-it, its plugins and Prism (~0.2 s of a build).
 */
export function loadRenderer(): Promise<Renderer> {
  return processCache("renderer", () => import("./createMarkdown.ts").then((module) => module.createRenderer()));
}
