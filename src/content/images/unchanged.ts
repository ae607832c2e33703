import { readFileSync } from "node:fs";
import { digestOf } from "../../cache/diskMemo.ts";
import type { IssueImages } from "./types.ts";

/** Whether the local images an issue was rendered with are still the same bytes. */
export function sameImages(images: IssueImages): boolean {
  return images.inputs.every(({ path, digest }) => {
    try {
      return digestOf(readFileSync(path)) === digest;
    } catch {
      return false;
    }
  });
}
