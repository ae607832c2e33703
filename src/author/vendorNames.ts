/** What is at a candidate file name in the issue's folder. */
export type Occupancy = "free" | "same" | "taken";

/**
 * The copy's file name: the URL's last segment, reduced to letters (Chinese too), digits, `-`, `_` and `.`,
 * with the image's real extension; `-2`, `-3`… when another file has the name already.
 */
export function localName(url: string, extension: string, at: (name: string) => Occupancy): string {
  const last = decodeURIComponent(new URL(url).pathname.split("/").at(-1) ?? "");
  const stem = last.replace(/\.[^.]*$/, "").replace(/[^\p{L}\p{N}_.-]+/gu, "-").replace(/^[-.]+|-+$/g, "") || "image";
  for (let n = 1; ; n++) {
    const name = `${stem}${n === 1 ? "" : `-${n}`}.${extension}`;
    if (at(name) !== "taken") return name;
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The body with `url` replaced by `name` where it is an image's address, `![alt](url` or
 * `![alt](<url>`: a link to the same URL still leads to its page, since only images are published.
 */
export function rewriteAddress(body: string, url: string, name: string): string {
  const written = [url, decodeURI(url)].map(escapeRegExp).join("|");
  return body.replace(new RegExp(`(!\\[[^\\]]*\\]\\(\\s*<?)(?:${written})(?=>?[\\s)])`, "g"), `$1${name}`);
}
