import Prism from "prismjs";
import loadLanguages from "prismjs/components/index.js";
import { escapeText } from "../../core/escape.ts";
import { tokenHtml } from "./tokenHtml.ts";

/** Languages a tech weekly shows, highlighted at build time: never the network, never the client. */
const LANGUAGES: ReadonlySet<string> = new Set([
  "bash", "c", "cpp", "csharp", "css", "diff", "docker", "go", "graphql", "ini", "java", "javascript",
  "json", "jsx", "kotlin", "lua", "makefile", "markup", "nginx", "php", "protobuf", "python", "ruby",
  "rust", "scala", "sql", "swift", "toml", "tsx", "typescript", "yaml", "zig", "hcl", "haskell", "elixir",
]);

/**
 * A language's grammar, loaded the first time a block asks for it: loading all of them took
 * ~0.1 s of every build that renders, and a weekly uses a handful.
 */
function grammarOf(name: string): Prism.Grammar | undefined {
  if (!LANGUAGES.has(name)) return undefined;
  if (!(name in Prism.languages)) loadLanguages([name]);
  return Prism.languages[name];
}

/** Prism.highlight's steps, ending in our markup: its hooks let a grammar such as PHP's embed another. */
function highlighted(code: string, grammar: Prism.Grammar, language: string): string {
  const env: Prism.hooks.HookEnvironmentMap["before-tokenize"] = { code, grammar, language };
  Prism.hooks.run("before-tokenize", env);
  const tokens = Prism.tokenize(env.code, env.grammar as Prism.Grammar);
  const after: Prism.hooks.HookEnvironmentMap["after-tokenize"] = { ...env, grammar: env.grammar as Prism.Grammar, tokens };
  Prism.hooks.run("after-tokenize", after);
  return tokenHtml(after.tokens);
}

const ALIASES: Record<string, string> = {
  sh: "bash", shell: "bash", zsh: "bash", console: "bash", dockerfile: "docker", yml: "yaml",
  js: "javascript", ts: "typescript", rs: "rust", golang: "go", py: "python", rb: "ruby",
  html: "markup", xml: "markup", svg: "markup", "c++": "cpp", cs: "csharp", "c#": "csharp",
  tf: "hcl", terraform: "hcl", kt: "kotlin", hs: "haskell", ex: "elixir", make: "makefile",
};

/**
 * Prism builds its HTML by concatenation, which V8 keeps as a tree of the small pieces, many
 * times the text's size; cached, every tree lived as long as the build (43 MiB at 4,000 issues).
 * Matching a regular expression makes V8 flatten a string in place.
 */
function flattened(text: string): string {
  /^/.test(text);
  return text;
}

/**
 * Build-time highlighting into classes (tokenHtml.ts) that the stylesheet colours in both themes.
 * A language outside the list is shown as plain, escaped code. Each highlighter remembers what
 * it highlighted: the feeds render their issues' bodies again (~0.1 s of a cold build at 4,000
 * issues without it, CPU profiles of 7 December 2026).
 */
export function createHighlighter(): (code: string, info: string) => string {
  const cache = new Map<string, string>();
  return (code, info) => {
    const requested = info.trim().toLowerCase();
    const name = ALIASES[requested] ?? requested;
    const key = `${name}\u0000${code}`;
    let html = cache.get(key);
    if (html === undefined) {
      const grammar = grammarOf(name);
      html = flattened(grammar ? highlighted(code, grammar, name) : escapeText(code));
      cache.set(key, html);
    }
    return wrapped(html, requested, name);
  };
}

/** Highlighted code in its `<pre>`, classed by language when the fence named one. */
function wrapped(html: string, requested: string, name: string): string {
  const className = /^[\w+#-]+$/.test(requested) ? ` class="language-${escapeText(name)}"` : "";
  // tabindex: a wide block scrolls sideways, and keyboard users must be able to scroll it.
  return `<pre${className} tabindex="0"><code${className}>${html}</code></pre>\n`;
}
