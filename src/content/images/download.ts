import { join } from "node:path";
import EleventyFetch from "@11ty/eleventy-fetch";
import type { ImageSettings } from "./settings.ts";

export type Download = { bytes: Buffer } | { reason: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why a download failed, in a reader's words: eleventy-fetch wraps the cause. */
function reasonOf(error: unknown, settings: ImageSettings): string {
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Response) return `the server answered ${cause.status}${cause.statusText ? ` ${cause.statusText}` : ""}`;
  if (cause instanceof Error && cause.name === "TimeoutError") return `no answer within ${settings.timeoutMs / 1000} s`;
  if (settings.offline) return "--offline: the network was not tried, and no earlier build downloaded it";
  const detail = cause instanceof Error ? ((cause.cause as Error | undefined)?.message ?? cause.message) : (error as Error).message;
  return `the download failed (${detail})`;
}

/**
 * A remote image's bytes, downloaded once and kept in `.cache/weekly/downloads/` for good (an
 * image at a URL rarely changes; `npm run vendor-images` makes it the issue's own). Offline, only
 * what an earlier build downloaded: the request is aborted before it starts.
 */
export async function download(url: string, settings: ImageSettings): Promise<Download> {
  const signal = settings.offline ? AbortSignal.abort() : AbortSignal.timeout(settings.timeoutMs);
  let bytes: Buffer;
  try {
    const got = await EleventyFetch(url, {
      duration: "*",
      type: "buffer",
      directory: join(settings.cacheDir, "downloads"),
      returnType: "response",
      fetchOptions: { signal },
    });
    if (!Buffer.isBuffer(got)) {
      const type = got.headers["content-type"] ?? "";
      if (!type.startsWith("image/")) return { reason: `the server sent ${type.split(";")[0] || "no content type"}, not an image` };
    }
    bytes = Buffer.isBuffer(got) ? got : got.body;
  } catch (error) {
    return { reason: reasonOf(error, settings) };
  }
  if (bytes.length > settings.maxBytes) return { reason: `it is ${megabytes(bytes.length)}, over the ${megabytes(settings.maxBytes)} limit` };
  return { bytes };
}
