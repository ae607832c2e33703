// `npm run check` starts here, in JavaScript, to import the libraries that read an issue before
// tsx's hooks exist: they then load at Node's own speed, and no `tsx` CLI starts a second Node.
// Through the `tsx` CLI the command took a third more CPU on the sample site, npm included: 1.9 s
// against 1.4 s (medians of 6 paired runs, 7 December 2026).
await Promise.all(
  ["markdown-it", "markdown-it-cjk-breaks", "markdown-it-cjk-friendly", "prismjs", "prismjs/components/index.js", "gray-matter", "js-yaml", "zod", "luxon"].map(
    (library) => import(library),
  ),
);
const { register } = await import("tsx/esm/api");
register();
await import("./check.ts");
