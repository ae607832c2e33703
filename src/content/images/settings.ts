import { dirname, join, resolve } from "node:path";

/** How a build treats images: where their caches are, and whether and how long it may download. */
export interface ImageSettings {
  /** `.cache/weekly/` beside the content folder, as the render cache. */
  cacheDir: string;
  /** `npm run build -- --offline` (WEEKLY_OFFLINE=1): remote images stay remote unless downloaded before. */
  offline: boolean;
  /** A download that has not finished by then fails (WEEKLY_IMAGE_TIMEOUT_MS, default 10 s). */
  timeoutMs: number;
  /** A remote image larger than this is not self-hosted. */
  maxBytes: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_BYTES = 20 * 1024 * 1024;

/** The settings for a content folder, from the environment the build CLI sets (cli.ts). */
export function imageSettings(contentDir: string, env: NodeJS.ProcessEnv = process.env): ImageSettings {
  const timeout = Number(env.WEEKLY_IMAGE_TIMEOUT_MS);
  return {
    cacheDir: join(dirname(resolve(contentDir)), ".cache", "weekly"),
    offline: env.WEEKLY_OFFLINE === "1",
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS,
    maxBytes: MAX_BYTES,
  };
}
