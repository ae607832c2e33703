import type { Random } from "./random.ts";

/** Tags as a tech weekly uses them: 40 names, a third Chinese, some with symbols. */
export const TAG_POOL = [
  "Rust", "Go", "TypeScript", "JavaScript", "Python", "C++", "C#", "Node.js", "Kubernetes", "Docker",
  "DevOps", "Linux", "Security", "Database", "PostgreSQL", "WebAssembly", "CSS", "HTML", "Testing", "Performance",
  "Git", "Cloud", "AWS", "Networking", "Compilers", "Observability", "API Design",
  "軟體工程", "資料庫", "前端", "後端", "效能", "資訊安全", "開源", "程式語言", "系統設計", "測試", "職涯", "演講", "週報",
] as const;

const ZH_PHRASES = [
  "這篇文章從實際的案例出發", "作者整理了多年來踩過的坑", "讀完之後你會更了解", "重點不是工具本身",
  "而是背後的設計取捨", "值得每一位工程師花時間細讀", "文中提到的做法", "在大型專案裡特別有用",
  "如果你也在維護老舊的程式碼", "這份清單可以當作起點", "社群的討論也很精彩", "附上了完整的範例程式",
  "效能提升了將近一倍", "並且解釋了為什麼", "從編譯器的角度來看", "這其實是一個老問題",
  "團隊最後選擇了比較保守的方案", "測試覆蓋率不是唯一的指標", "部署流程因此簡化了許多", "記憶體用量明顯下降",
];
const EN_WORDS = [
  "the", "build", "cache", "server", "latency", "memory", "compiler", "release", "pipeline", "schema",
  "team", "design", "trade-off", "query", "index", "runtime", "garbage", "collector", "thread", "async",
  "request", "deploy", "container", "image", "review", "bug", "test", "coverage", "benchmark", "profile",
  "and", "of", "with", "for", "why", "how", "a", "fast", "small", "safe", "simple", "old", "new",
];
const TERMS = ["Rust", "Go", "WebAssembly", "Kubernetes", "PostgreSQL", "SQLite", "eBPF", "HTTP/3", "gRPC", "Tokio"];
const HOSTS = ["github.com", "blog.example.com", "engineering.example.org", "www.youtube.com", "news.example.net"];

const sentenceEn = (r: Random) => {
  const words = Array.from({ length: r.int(8, 18) }, () => r.pick(EN_WORDS));
  if (r.next() < 0.4) words.splice(r.int(1, words.length - 1), 0, `\`${r.pick(TERMS).toLowerCase()}\``);
  if (r.next() < 0.3) words.splice(r.int(1, words.length - 1), 0, `**${r.pick(TERMS)}**`);
  const text = words.join(" ");
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
};

const sentenceZh = (r: Random) => {
  const parts = Array.from({ length: r.int(2, 4) }, () => r.pick(ZH_PHRASES));
  // Mixed prose: Chinese with English terms and inline code, as the weekly is written.
  parts.splice(r.int(0, parts.length), 0, r.next() < 0.5 ? r.pick(TERMS) : `\`${r.pick(EN_WORDS)}()\``);
  return `${parts.join("，")}。`;
};

export const paragraph = (r: Random, zh: boolean) =>
  Array.from({ length: r.int(2, 4) }, () => (zh ? sentenceZh(r) : sentenceEn(r))).join(zh ? "\n" : " ");

export const linkHeading = (r: Random, zh: boolean, n: number) => {
  const title = zh ? `${r.pick(TERMS)} ${r.pick(ZH_PHRASES)}` : `${r.pick(TERMS)}: ${sentenceEn(r).slice(0, -1)}`;
  return `## [${title}](https://${r.pick(HOSTS)}/posts/${n}-${r.int(1000, 9999)})`;
};

/** Code that differs from issue to issue, so the highlighter's cache cannot make it free. */
export function codeBlock(r: Random, n: number): string {
  const id = `${r.pick(EN_WORDS).replace(/-/g, "_")}_${n}`;
  const blocks: [string, string][] = [
    ["rust", `fn ${id}(input: &str) -> Result<usize, std::io::Error> {\n    let text = std::fs::read_to_string(input)?;\n    Ok(text.lines().filter(|l| !l.is_empty()).count() + ${n})\n}`],
    ["ts", `export async function ${id}(url: string): Promise<number> {\n  const response = await fetch(url, { headers: { "x-id": "${n}" } });\n  return (await response.json()).items.length;\n}`],
    ["go", `func ${id}(ctx context.Context, db *sql.DB) (int, error) {\n\tvar count int\n\terr := db.QueryRowContext(ctx, "SELECT count(*) FROM t WHERE id > $1", ${n}).Scan(&count)\n\treturn count, err\n}`],
    ["python", `def ${id}(path: str) -> dict[str, int]:\n    counts: dict[str, int] = {}\n    for word in open(path).read().split():\n        counts[word] = counts.get(word, 0) + ${n}\n    return counts`],
    ["yaml", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${id.replace(/_/g, "-")}\nspec:\n  replicas: ${(n % 5) + 1}\n  template:\n    spec:\n      containers:\n        - name: app\n          image: "example/app:{{ .Values.tag }}"`],
    ["sh", `#!/bin/sh\nset -eu\nfor file in ./logs/*.log; do\n  grep -c "${id}" "$file" || true\ndone | sort -n | tail -n ${n % 20 + 1}`],
  ];
  const [lang, code] = r.pick(blocks);
  return `\`\`\`${lang}\n${code}\n\`\`\``;
}

export const list = (r: Random, zh: boolean) =>
  Array.from({ length: r.int(3, 5) }, () => `- ${zh ? r.pick(ZH_PHRASES) : sentenceEn(r).slice(0, 60)}`).join("\n");

export const quote = (r: Random, zh: boolean) => `> ${zh ? sentenceZh(r) : sentenceEn(r)}\n>\n> — ${r.pick(TERMS)} team`;

/** A talk summarised as questions and answers (issue 5's syntax). */
export const qa = (r: Random, zh: boolean) =>
  `{% qa "${zh ? `為什麼選擇 ${r.pick(TERMS)}？` : `Why ${r.pick(TERMS)}?`}" %}\n${paragraph(r, zh)}\n\n${list(r, zh)}\n{% endqa %}`;

const VIDEOS = ["lviLZFciDv4", "dQw4w9WgXcQ", "aqz-KE-bpKQ", "M7lc1UVf-VE"];
export const video = (r: Random) => `{% youtube "${r.pick(VIDEOS)}" %}`;
