import { z } from "zod";
import { machineDate } from "../../core/dates.ts";
import { site } from "../../core/site.ts";
import { parseIssueDate } from "./dates.ts";

/** Shows a value the way the author wrote it, so the message can quote it back. */
function quote(value: unknown): string {
  if (value === undefined) return "(missing)";
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value) ?? String(value);
}

function fail(ctx: z.RefinementCtx, message: string): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

const title = z.unknown().optional().transform((value, ctx) => {
  if (typeof value === "number" || typeof value === "boolean") {
    return fail(ctx, `is the ${typeof value} ${quote(value)} to YAML, not text; quote it: title: "…"`);
  }
  if (typeof value !== "string" || value.trim() === "") {
    return fail(ctx, `is ${quote(value)}; every issue needs a title, such as title: "WWW 0x02: Distroless Docker"`);
  }
  return value.trim();
});

const DATE_FIX = "write a date such as 2020-02-01 or a date-time with offset such as 2020-02-01T00:00:11+08:00";

/** A front-matter date read as `date` is, or the problem with it. */
function checkedDate(value: unknown, ctx: z.RefinementCtx): Date {
  if (typeof value !== "string") return fail(ctx, `${quote(value)} is not a date; ${DATE_FIX}`);
  const parsed = parseIssueDate(value, site.timeZone);
  if (!parsed.ok) return fail(ctx, `${quote(value)} ${parsed.problem}; ${DATE_FIX}`);
  return parsed.date;
}

const date = z.unknown().optional().transform((value, ctx) => {
  if (value === undefined || value === null) {
    return fail(ctx, `is missing; ${DATE_FIX}`);
  }
  return checkedDate(value, ctx);
});

/** When the issue was last changed, if ever: link previews and search engines show it. */
const updated = z.unknown().optional().transform((value, ctx) => {
  if (value === undefined || value === null) return undefined;
  return checkedDate(value, ctx);
});

const tags = z.unknown().optional().transform((value, ctx) => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    return fail(ctx, `is ${quote(value)}, not a list; write tags: [${typeof value === "string" ? value : "Rust, DevOps"}]`);
  }
  const bad = value.find((tag) => typeof tag !== "string" || tag.trim() === "");
  if (bad !== undefined) {
    const fix = typeof bad === "number" ? `quote it: "${String(bad)}"` : "remove it or give it a name";
    return fail(ctx, `contains ${quote(bad)}, which is not a tag name; ${fix}`);
  }
  return (value as string[]).map((tag) => tag.trim());
});

const draft = z.unknown().optional().transform((value, ctx) => {
  if (value === undefined || value === null) return false;
  if (typeof value !== "boolean") {
    return fail(ctx, `is ${quote(value)}; write draft: true or draft: false`);
  }
  return value;
});

const description = z.unknown().optional().transform((value, ctx) => {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string" || value.trim() === "") {
    return fail(ctx, `is ${quote(value)}; write a sentence in quotes, or leave the field out to use an excerpt`);
  }
  return value.trim();
});

/** A site-root path another site published the issue at: `/posts/2020/www-0x0a/`. */
function aliasProblem(alias: unknown): string | undefined {
  const fix = "write a path from the site root, such as /posts/2020/www-0x0a/";
  if (typeof alias !== "string" || !alias.startsWith("/") || alias.startsWith("//")) return `contains ${quote(alias)}, which is not a path from the site root; ${fix}`;
  if (/[?#]/.test(alias)) return `contains ${quote(alias)}, whose query or #fragment no static host can serve; ${fix} without it`;
  if (alias.split("/").some((segment) => segment === ".." || segment === ".")) return `contains ${quote(alias)}, with a "." or ".." segment; ${fix}`;
  if (/[\\\u0000-\u001f]/.test(alias)) return `contains ${quote(alias)}, with a backslash or control character; ${fix}`;
  return undefined;
}

/** Old URLs of the issue (a move from Hugo): each becomes a page that redirects to the issue. */
const aliases = z.unknown().optional().transform((value, ctx) => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return fail(ctx, `is ${quote(value)}, not a list; write aliases: ["/posts/2020/www-0x0a/"]`);
  const problem = value.map(aliasProblem).find((found) => found !== undefined);
  return problem === undefined ? (value as string[]) : fail(ctx, problem);
});

/** The entry id feeds keep from an earlier site (its RSS guid), so readers do not see the issue twice. */
const feedId = z.unknown().optional().transform((value, ctx) => {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string" || value.trim() === "") {
    return fail(ctx, `is ${quote(value)}; write the old feed's guid in quotes, such as feedId: "https://example.org/posts/2020/www-0x0a/", or leave the field out`);
  }
  return value.trim();
});

/**
 * The image an issue is shared with: `cover: arch.png` beside the issue, or PaperMod's
 * `cover: { image: arch.png, alt: … }`, which issues imported from Hugo carry.
 */
/** `cover:` as written: a file name, or PaperMod's `{ image, alt }`; what it names, untrimmed. */
export function coverParts(value: unknown): { image: unknown; alt: unknown } {
  const object = typeof value === "object" && value !== null && !Array.isArray(value);
  return object ? { image: (value as Record<string, unknown>).image, alt: (value as Record<string, unknown>).alt } : { image: value, alt: undefined };
}

const cover = z.unknown().optional().transform((value, ctx) => {
  if (value === undefined || value === null) return undefined;
  const fix = 'write cover: arch.png (an image in the issue\'s folder), or cover: { image: arch.png, alt: "what it shows" }';
  const { image, alt } = coverParts(value);
  if (typeof image !== "string" || image.trim() === "") return fail(ctx, `is ${quote(value)}, which names no image; ${fix}`);
  if (alt !== undefined && alt !== null && typeof alt !== "string") return fail(ctx, `alt is ${quote(alt)}, not text; ${fix}`);
  return { image: image.trim(), ...(typeof alt === "string" && alt.trim() !== "" && { alt: alt.trim() }) };
});

/** Unknown keys (old issues carry `katex`…) pass through untouched. */
export const frontMatterSchema = z
  .looseObject({ title, date, tags, draft, description, updated, aliases, feedId, cover })
  .superRefine((data, ctx) => {
    if (data.updated && data.date && data.updated < data.date) {
      ctx.addIssue({
        code: "custom",
        path: ["updated"],
        message: `${machineDate(data.updated)} is before date ${machineDate(data.date)}; an issue cannot change before it is published, so write a date on or after it, or leave updated out`,
      });
    }
  });

export type FrontMatter = z.output<typeof frontMatterSchema>;
