import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Issue } from "../../src/content/issue.ts";
import { createBuildModel, type BuildModel, type ModelOptions } from "../../src/model/buildModel.ts";
import { NO_IMAGES } from "../../src/content/images/types.ts";

/** What a test says about an issue; the date as the author would write it, with its offset. */
type IssueFields = { [K in keyof Issue as K extends "date" | "updated" ? never : K]?: Issue[K] } & { date?: string; updated?: string };

/**
 * An issue as the loader would hand it over, the file and path following from its language and
 * name: `makeIssue({ lang: "en", name: "www-0x02", date: "2020-02-08T00:00:00+08:00" })`.
 */
export function makeIssue({ date = "2020-02-01T00:00:00+08:00", updated, ...fields }: IssueFields = {}): Issue {
  const lang = fields.lang ?? "zh-tw";
  const name = fields.name ?? "www-0x01";
  const text = `Text of ${lang}/${name}.`;
  return {
    title: `Title of ${lang}/${name}`,
    tags: [],
    draft: false,
    description: undefined,
    aliases: [],
    feedId: undefined,
    cover: undefined,
    file: `content/${lang}/issues/${name}.md`,
    path: `/${lang}/issues/${name}/`,
    body: `${text}\n`,
    html: `<p>${text}</p>\n`,
    excerpt: text,
    readingMinutes: 1,
    hasVideo: false,
    linkHosts: [],
    images: NO_IMAGES,
    ...fields,
    lang,
    name,
    date: new Date(date),
    updated: updated === undefined ? undefined : new Date(updated),
  };
}

/** A build's clock well after every issue a test writes, so none is in the future. */
export const LATER = new Date("2030-01-01T00:00:00Z");

/**
 * The real build model of `issues`, published at the site's configured origin under `/` by
 * default, its feed bodies' disk cache in a scratch folder of its own.
 */
export async function makeModel(issues: Issue[], options: Partial<Omit<ModelOptions, "contentDir">> = {}): Promise<BuildModel> {
  const root = await mkdtemp(join(tmpdir(), "weekly-model-"));
  return createBuildModel(issues, {
    origin: "https://weekly.example.org",
    pathPrefix: "/",
    mode: "production",
    now: LATER,
    ...options,
    contentDir: join(root, "content"),
  });
}
