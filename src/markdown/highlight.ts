import Prism from "prismjs";
import loadLanguages from "prismjs/components/index.js";

/** Languages a tech weekly shows; loaded once, so highlighting never touches the network or the client. */
const LANGUAGES = [
  "bash", "c", "cpp", "csharp", "css", "diff", "docker", "go", "graphql", "ini", "java", "javascript",
  "json", "jsx", "kotlin", "lua", "makefile", "markup", "nginx", "php", "protobuf", "python", "ruby",
  "rust", "scala", "sql", "swift", "toml", "tsx", "typescript", "yaml", "zig", "hcl", "haskell", "elixir",
];
loadLanguages(LANGUAGES);

const ALIASES: Record<string, string> = {
  sh: "bash", shell: "bash", zsh: "bash", console: "bash", dockerfile: "docker", yml: "yaml",
  js: "javascript", ts: "typescript", rs: "rust", golang: "go", py: "python", rb: "ruby",
  html: "markup", xml: "markup", svg: "markup", "c++": "cpp", cs: "csharp", "c#": "csharp",
  tf: "hcl", terraform: "hcl", kt: "kotlin", hs: "haskell", ex: "elixir", make: "makefile",
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// Highlighting is the costliest step of a build and issues repeat snippets: cache by content.
const cache = new Map<string, string>();

/**
 * Prism builds its HTML by concatenation, which V8 keeps as a tree of the small pieces, many
 * times the text's size; cached, every tree lived as long as the build (43 MiB at 4,000 issues).
 * Matching a regular expression makes V8 flatten a string in place.
 */
function flattened(text: string): string {
  /^/.test(text);
  return text;
}

/** Build-time highlighting into Prism's class names; the stylesheet colours them in both themes. */
export function highlight(code: string, info: string): string {
  const requested = info.trim().toLowerCase();
  const name = ALIASES[requested] ?? requested;
  const key = `${name}\u0000${code}`;
  let html = cache.get(key);
  if (html === undefined) {
    const grammar = name ? Prism.languages[name] : undefined;
    html = flattened(grammar ? Prism.highlight(code, grammar, name) : escapeHtml(code));
    cache.set(key, html);
  }
  const className = /^[\w+#-]+$/.test(requested) ? ` class="language-${escapeHtml(name)}"` : "";
  // tabindex: a wide block scrolls sideways, and keyboard users must be able to scroll it.
  return `<pre${className} tabindex="0"><code${className}>${html}</code></pre>\n`;
}
