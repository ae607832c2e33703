import type { RenderEnv } from "./env.ts";

/**
 * A fragment id that keeps CJK text readable (`#何謂-distroless-image`), where Eleventy's
 * slugify would drop every Chinese character and leave nothing.
 */
function anchorSlug(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, "")
    .trim()
    .replace(/[\s_-]+/gu, "-")
    .replace(/^-|-$/g, "");
}

/** Unique within one rendered page: a repeat gets `-2`, `-3`… */
export function uniqueAnchor(env: RenderEnv, text: string, fallback = "section"): string {
  const used = (env.usedIds ??= new Set());
  const base = anchorSlug(text) || fallback;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
