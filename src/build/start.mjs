// `npm run build` starts here, in JavaScript, to import Eleventy before tsx's hooks exist: its
// few hundred modules then load at Node's own speed (through the hooks: ~0.2 s more per build).
// Everything after, our TypeScript included, loads through tsx.
await import("@11ty/eleventy");
const { register } = await import("tsx/esm/api");
register();
await import("./cli.ts");
