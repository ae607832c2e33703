import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { imageSettings } from "../../src/content/images/settings.ts";
import { createIssueLoader } from "../../src/content/loadIssues.ts";
import { issue } from "../support/buildSite.ts";

describe("the issue loader", () => {
  it("told which files may have changed, reads only those again; untold, checks every file", async () => {
    const content = join(await mkdtemp(join(tmpdir(), "weekly-loader-")), "content");
    await mkdir(join(content, "zh-tw/issues"), { recursive: true });
    const file = (name: string) => join(content, "zh-tw/issues", `${name}.md`);
    const save = (name: string, title: string) => writeFile(file(name), issue({ title, date: "2020-02-01" }));
    await Promise.all([save("a", "甲"), save("b", "乙")]);
    const load = createIssueLoader({ contentDir: content, pathPrefix: "/", origin: "https://weekly.example.org", images: imageSettings(content) });
    const titles = async (changed?: ReadonlySet<string>) => (await load(changed)).map((entry) => entry.title);
    expect(await titles()).toEqual(["甲", "乙"]);
    await Promise.all([save("a", "甲二"), save("b", "乙二")]);
    expect(await titles(new Set([file("a")]))).toEqual(["甲二", "乙"]);
    expect(await titles()).toEqual(["甲二", "乙二"]);
  });

  it("told of a file added or deleted, lists the folder again", async () => {
    const content = join(await mkdtemp(join(tmpdir(), "weekly-loader-")), "content");
    await mkdir(join(content, "zh-tw/issues"), { recursive: true });
    const file = (name: string) => join(content, "zh-tw/issues", `${name}.md`);
    const save = (name: string, title: string) => writeFile(file(name), issue({ title, date: "2020-02-01" }));
    await save("a", "甲");
    const load = createIssueLoader({ contentDir: content, pathPrefix: "/", origin: "https://weekly.example.org", images: imageSettings(content) });
    const titles = async (changed?: ReadonlySet<string>) => (await load(changed)).map((entry) => entry.title);
    expect(await titles()).toEqual(["甲"]);
    await save("b", "乙");
    expect(await titles(new Set([file("b")]))).toEqual(["甲", "乙"]);
    await rm(file("a"));
    expect(await titles(new Set([file("a")]))).toEqual(["乙"]);
  });
});
