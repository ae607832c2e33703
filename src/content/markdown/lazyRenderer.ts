import { processCache } from "../../core/processCache.ts";
import type { ImageFinder, PageAndFeedRenderer, Renderer } from "./createMarkdown.ts";

/** The one markdown-it of the process and the module that makes it, imported on first use. */
const loadMarkdown = () =>
  processCache("markdown", () => import("./createMarkdown.ts").then((module) => ({ module, md: module.createMarkdown() })));

/**
 * The shared renderer, imported on first use: a build whose issues and feed bodies all come
 * from the render cache never loads markdown-it, its plugins and Prism (~0.2 s of a build).
 */
export function loadRenderer(): Promise<Renderer> {
  return processCache("renderer", () => loadMarkdown().then(({ module, md }) => module.createRenderer(md)));
}

/** The image finder over the same markdown-it, loaded on first use as the renderer is. */
export function loadImageFinder(): Promise<ImageFinder> {
  return processCache("image finder", () => loadMarkdown().then(({ module, md }) => module.createImageFinder(md)));
}

/** The page-and-feed renderer over the same markdown-it, loaded on first use as the renderer is. */
export function loadPageAndFeedRenderer(): Promise<PageAndFeedRenderer> {
  return processCache("page and feed renderer", () => loadMarkdown().then(({ module, md }) => module.createPageAndFeedRenderer(md)));
}
