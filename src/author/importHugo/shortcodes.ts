/** A Hugo shortcode the import left as written, for the author to convert by hand. */
interface Unconverted {
  /** The line of the converted body it starts on, from 1. */
  line: number;
  shortcode: string;
  reason: string;
}

/** Where the new site has what a shortcode points to. */
export interface Links {
  /** A `ref` target's new URL, if it is an imported issue. */
  ref: (target: string) => string | undefined;
  /** An image's new address: beside the issue when the import copies it there. */
  image: (src: string) => string;
}

export interface Conversion {
  body: string;
  unconverted: Unconverted[];
}

/** `{{< name a "b c" key="v" >}}` or `{{% … %}}`, quotes respected (Hugo's escaped form is handled below). */
const SHORTCODE = /\{\{([<%])((?:"(?:[^"\\]|\\.)*"|`[^`]*`|[^"`])*?)([>%])\}\}/gs;
const PARAM = /([A-Za-z_]\w*)=("(?:[^"\\]|\\.)*"|`[^`]*`|[^\s"`]+)|("(?:[^"\\]|\\.)*"|`[^`]*`|[^\s"`]+)/g;

interface Call {
  name: string;
  positional: string[];
  named: Record<string, string>;
}

const unquote = (value: string) => (value.startsWith('"') ? (JSON.parse(value) as string) : value.startsWith("`") ? value.slice(1, -1) : value);

function parseCall(inner: string): Call {
  const [name = "", ...params] = Array.from(inner.trim().replace(/\/$/, "").matchAll(PARAM), (match) => match[0]);
  const call: Call = { name, positional: [], named: {} };
  for (const param of params) {
    const named = /^([A-Za-z_]\w*)=(.*)$/s.exec(param);
    if (named) call.named[named[1]!.toLowerCase()] = unquote(named[2]!);
    else call.positional.push(unquote(param));
  }
  return call;
}

/** Markdown text that cannot break out of a link's parts. */
const linkText = (text: string) => text.replace(/([\\[\]])/g, "\\$1");
const destination = (src: string) => (/[\s()<>]/.test(src) ? `<${src.replace(/[<>]/g, encodeURIComponent)}>` : src);

/** `{{< figure src alt caption title link >}}` → an image (linked when Hugo linked it), its caption in italics below. */
function figure(call: Call, newSrc: (src: string) => string): string | undefined {
  const { alt, caption, title, link } = call.named;
  if (!call.named.src) return undefined;
  const src = newSrc(call.named.src);
  const label = title ?? caption;
  const image = `![${linkText(alt ?? caption ?? title ?? "")}](${destination(src)}${label ? ` ${JSON.stringify(label)}` : ""})`;
  const linked = link ? `[${image}](${destination(link)})` : image;
  return caption ? `${linked}\n*${caption.trim()}*` : linked;
}

/** `{{< youtube ID >}}`, `{{< youtube id="ID" title="…" >}}` → the renderer's own `{% youtube "ID" "title" %}`. */
function youtube(call: Call): string | undefined {
  const id = call.named.id ?? call.positional[0];
  if (!id) return undefined;
  const title = call.named.title;
  return `{% youtube ${JSON.stringify(id)}${title ? ` ${JSON.stringify(title)}` : ""} %}`;
}

/**
 * Converts the shortcodes the new site has a form for: `youtube` (alone on its line, as the
 * renderer wants it), `figure` (its image where the import put it), and `ref`/`relref` (to the new URL of an
 * imported issue). Every other shortcode, and one of these the import cannot place, is left as
 * written and listed with its line. Hugo's escaped form, a comment inside the brackets, becomes the shortcode as text.
 */
export function convertShortcodes(body: string, links: Links): Conversion {
  const unconverted: Unconverted[] = [];
  // Lines that replacements before a shortcode added, so its line is told in the converted body.
  let added = 0;
  const newlines = (text: string) => text.split("\n").length - 1;
  const converted = body.replace(SHORTCODE, (whole: string, open: string, inner: string, close: string, offset: number) => {
    const comment = /^\s*\/\*([\s\S]*)\*\/\s*$/.exec(inner);
    if (comment) return `{{${open}${comment[1]}${close}}}`;
    const call = parseCall(inner);
    const line = body.slice(0, offset).split("\n").length;
    const lineText = body.split("\n")[line - 1]!.trim();
    const keep = (reason: string) => {
      unconverted.push({ line: line + added, shortcode: whole.split("\n")[0]!, reason });
      return whole;
    };
    const replacement = replace(call, whole, lineText, keep, links);
    added += newlines(replacement) - newlines(whole);
    return replacement;
  });
  return { body: converted, unconverted };
}

function replace(call: Call, whole: string, lineText: string, keep: (reason: string) => string, links: Links): string {
    switch (call.name) {
      case "youtube":
        if (lineText !== whole) return keep("a video must be alone on its line; put it on a line of its own and run the import again");
        return youtube(call) ?? keep("it names no video id");
      case "figure":
        return figure(call, links.image) ?? keep("it has no src");
      case "ref":
      case "relref": {
        const target = call.named.path ?? call.positional[0] ?? "";
        return links.ref(target) ?? keep(`"${target}" is not an imported issue; link to its new URL by hand`);
      }
      default:
        return keep(call.name.startsWith("/") ? "closes a shortcode the import does not know" : "the new site has no such shortcode; write it as markdown");
    }
}
