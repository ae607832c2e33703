/** Text for the content of an HTML or XML element: `&`, `<` and `>` escaped, quotes kept. */
export const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const ATTRIBUTE_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text for a double-quoted HTML attribute: quotes escaped too. One pass, and none for text with
 * nothing to escape: every page's link preview has ~15 values.
 */
export const escapeAttribute = (text: string) =>
  /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (char) => ATTRIBUTE_ESCAPES[char]!) : text;

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` as `\u003c`…, so
 * a value holding `</script>` or `<!--` cannot end the element early, and U+2028/U+2029 escaped
 * for older JavaScript parsers. It stays the same JSON to any JSON reader.
 */
export const jsonForScript = (value: unknown) =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
