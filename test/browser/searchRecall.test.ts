import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "../support/browser.ts";
import { buildSite, issue, projectRoot } from "../support/buildSite.ts";
import { issueTexts, searchFor, type IssueText } from "../support/search.ts";
import { serveSite, type StaticServer } from "../support/serve.ts";

/** The sample issues the project ships (content/), as buildSite's files. */
async function sampleIssues(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const lang of ["zh-tw", "en"]) {
    const folder = join(projectRoot, "content", lang, "issues");
    for (const name of await readdir(folder)) files[`${lang}/issues/${name}`] = await readFile(join(folder, name), "utf8");
  }
  return files;
}

// Two issues written like the weekly, beside the sample's: the words Pagefind's Chinese
// segmentation is known to miss (網路, 資料庫, 分散式) in titles, tags, mid-sentence, at a
// sentence's end, beside punctuation and beside Latin text.
const EXTRA = {
  "zh-tw/issues/www-0x05.md": issue(
    { title: '"WWW 0x05: 分散式資料庫"', date: "2020-02-22", tags: "[資料庫, 分散式系統]" },
    "這期談分散式系統。CockroachDB 是一套分散式 SQL 資料庫，靠 Raft 在網路分割時維持一致性。\n\n" +
      "## [Jepsen](https://jepsen.io/)\n\nJepsen 專門測試資料庫在網路故障下會不會遺失資料；讀它的報告，比讀行銷文件實在。" +
      "網路會斷，時鐘會飄，硬碟會壞——設計時就該假設這些都會發生。\n\n延遲低不等於吞吐量高，這是分散式的老生常談。\n",
  ),
  "zh-tw/issues/www-0x06.md": issue(
    { title: '"WWW 0x06: 網路與快取"', date: "2020-02-29", tags: "[網路]" },
    "HTTP/3 跑在 QUIC 上，QUIC 跑在 UDP 上：家裡的網路比你想的更常掉封包。\n\n" +
      "Redis 常被當成快取，也常被誤當資料庫用。一個 CDN 就是一層分散在各地的快取。\n",
  ),
};

/** Words of two to four characters from the issues above and the sample's (content/). */
const CHINESE = {
  nouns: ["週報", "文章", "工具", "演講", "錯誤", "型別", "資料夾", "容器", "映像檔", "大括號", "應用程式", "套件", "管理員", "攻擊面", "設定檔", "語言", "指南", "資源管理", "語法糖", "官方文件", "專案", "問答", "演講者", "掃描器", "版本", "一致性", "吞吐量", "封包", "快取"],
  verbs: ["整理", "除錯", "產生", "回報", "播放", "複習", "支援", "略過", "搜尋", "尊重", "維持", "測試", "遺失", "假設"],
  technical: ["網路", "資料庫", "分散式", "執行期", "運算子", "靜態連結"],
  /** At a sentence's end, or beside punctuation: 有幫助。 不該。 不簡單。 一讀。 一看。 就好： 更安全」 做什麼。 發生。 實在。 */
  atPunctuation: ["幫助", "不該", "簡單", "一讀", "一看", "就好", "安全", "做什麼", "發生", "實在"],
  /** Beside Latin text: Rust 寫的, `grep` 快很多, Google 負責, QUIC 跑在, Redis 常被, distroless 映像檔. */
  besideLatin: ["寫的", "快很多", "負責", "跑在", "常被", "文字版"],
  tags: ["軟體工程", "分散式系統"],
  /** One character: searched as its own term, not a phrase (assets/search.js). */
  single: ["網", "快", "庫"],
};

const ENGLISH = ["pragmatic", "programmer", "craft", "container", "images", "braces", "helm", "kubernetes", "manifests", "templates", "shell", "debugging", "alpine", "busybox", "scanners", "packages", "production", "python", "distribution", "readme", "weekly", "devops", "rust"];

const containsWord = (text: string, word: string) => new RegExp(`\\b${word}\\b`, "i").test(text);

describe("search finds every issue whose text contains the word", () => {
  const state = {} as { server: StaticServer; browser: Browser; texts: Record<"zh-tw" | "en", IssueText[]> };
  beforeAll(async () => {
    const site = await buildSite({ empty: true, files: { ...(await sampleIssues()), ...EXTRA } });
    if (!site.ok) throw new Error(site.stderr);
    state.texts = { "zh-tw": await issueTexts(site.output, "zh-tw"), en: await issueTexts(site.output, "en") };
    state.server = await serveSite(site.output);
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });

  /** For each word, the issues the search page lists and the issues whose text contains it. */
  async function recall(lang: "zh-tw" | "en", words: string[], contains: (text: string, word: string) => boolean) {
    const { page, problems } = await openPage(state.browser, `${state.server.url}${lang}/search/`);
    const outcomes = [];
    for (const word of words) {
      const expected = state.texts[lang].filter((issue) => contains(issue.text, word)).map((issue) => issue.path);
      outcomes.push({ word, expected: expected.sort(), found: (await searchFor(page as Page, word)).sort() });
    }
    return { outcomes, problems };
  }

  it("in Chinese: 70 words, nouns, verbs, technical terms, tags, at punctuation, beside Latin text, and single characters", async () => {
    const words = Object.values(CHINESE).flat();
    expect(words.length).toBeGreaterThanOrEqual(40);
    const { outcomes, problems } = await recall("zh-tw", words, (text, word) => text.includes(word));
    // Each word is in some issue, so a word that matched nothing cannot pass unnoticed.
    expect(outcomes.filter((o) => o.expected.length === 0).map((o) => o.word)).toEqual([]);
    const missed = outcomes.filter((o) => o.expected.some((path) => !o.found.includes(path)));
    expect(missed).toEqual([]);
    // And nothing else: a query's bigrams are searched as a phrase (assets/search.js).
    expect(outcomes.filter((o) => o.found.length !== o.expected.length)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("in English: 23 words, tags included, each finding only English issues", async () => {
    const { outcomes, problems } = await recall("en", ENGLISH, containsWord);
    expect(outcomes.filter((o) => o.expected.length === 0).map((o) => o.word)).toEqual([]);
    expect(outcomes.filter((o) => o.expected.some((path) => !o.found.includes(path)))).toEqual([]);
    expect(outcomes.flatMap((o) => o.found).filter((path) => !path.startsWith("/en/"))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("finds an English word in another form: containers finds every issue with container", async () => {
    const { outcomes } = await recall("en", ["containers"], (text) => containsWord(text, "container"));
    expect(outcomes[0]!.expected.length).toBeGreaterThan(0);
    expect(outcomes[0]!.found).toEqual(outcomes[0]!.expected);
  });
});
