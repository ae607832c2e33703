// `npm run email` starts here, as `npm run check` does (src/author/startCheck.mjs): the libraries
// load at Node's own speed before tsx's hooks exist, and no `tsx` CLI starts a second Node.
await Promise.all(
  ["markdown-it", "markdown-it-cjk-breaks", "markdown-it-cjk-friendly", "prismjs", "prismjs/components/index.js", "gray-matter", "js-yaml", "zod", "luxon", "juice", "html-to-text"].map(
    (library) => import(library),
  ),
);
const { register } = await import("tsx/esm/api");
register();
await import("./email.ts");
