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

/** Unknown keys (old issues carry `cover`, `katex`…) pass through untouched. */
export const frontMatterSchema = z
  .looseObject({ title, date, tags, draft, description, updated })
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
