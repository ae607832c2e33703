const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** Text of rendered HTML, entities decoded, for an excerpt (reading time scans the HTML itself). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/gi, " ")
    // Block boundaries become spaces; inline tags vanish, or CJK text would gain stray spaces.
    .replace(/<\/?(p|h[1-6]|li|ul|ol|pre|blockquote|div|section|br|hr|tr|td|th)\b[^>]*>/gi, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The first paragraph's text, cut at `limit` characters on a character boundary. */
export function excerpt(html: string, limit = 140): string {
  const paragraph = /<p>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "";
  const text = htmlToText(paragraph);
  const chars = Array.from(text);
  return chars.length <= limit ? text : `${chars.slice(0, limit).join("").trimEnd()}…`;
}
