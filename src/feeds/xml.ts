/**
 * A tiny XML writer for feeds. Every text and attribute value passes through `xmlSafe`, so no
 * title or body can make a feed ill-formed, whatever an author typed.
 */

export interface XmlElement {
  name: string;
  attrs?: Record<string, string | undefined>;
  children?: XmlNode[];
}
/** A subtree written once, placed as it is wherever it sits at the same depth. */
export interface XmlFragment {
  written: string;
  indent: string;
}
export type XmlNode = XmlElement | XmlFragment | string;

// Outside XML 1.0's Char production (controls, lone surrogates, U+FFFE/FFFF), plus the C1
// controls XML 1.0 discourages: https://www.w3.org/TR/xml/#charsets
const NOT_XML_CHAR = /[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Drops characters XML cannot carry (a \u0001 or \u000B pasted into a title). */
export const xmlSafe = (text: string) => text.replace(NOT_XML_CHAR, "");

const escapeText = (text: string) => xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// Attribute values also keep their quotes, tabs and newlines (a parser would normalise raw ones).
const escapeAttr = (text: string) =>
  escapeText(text).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");

/** `el("link", { href })`, `el("title", {}, "text")`; undefined attributes and children are left out. */
export function el(name: string, attrs: XmlElement["attrs"] = {}, ...children: (XmlNode | undefined | false)[]): XmlElement {
  return { name, attrs, children: children.filter((child): child is XmlNode => child !== undefined && child !== false) };
}

function write(node: XmlNode, indent: string): string {
  if (typeof node === "string") return escapeText(node);
  if ("written" in node) {
    if (node.indent !== indent) throw new Error(`an XML fragment written at depth ${node.indent.length / 2} was placed at ${indent.length / 2}`);
    return node.written;
  }
  const attrs = Object.entries(node.attrs ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeAttr(value)}"`)
    .join("");
  const children = node.children ?? [];
  if (children.length === 0) return `<${node.name}${attrs}/>`;
  // Elements holding elements are indented; text content is written exactly as it is.
  const nested = children.every((child) => typeof child !== "string");
  const inner = nested
    ? children.map((child) => `\n${indent}  ${write(child, `${indent}  `)}`).join("") + `\n${indent}`
    : children.map((child) => write(child, indent)).join("");
  return `<${node.name}${attrs}>${inner}</${node.name}>`;
}

/** Writes `node` once as it will sit at `depth` (the root's children are at depth 1). */
export function fragment(node: XmlElement, depth: number): XmlFragment {
  const indent = "  ".repeat(depth);
  return { written: write(node, indent), indent };
}

/** A whole document, with the stylesheet that shows it to people who open it in a browser. */
export function xmlDocument(root: XmlElement, stylesheetHref?: string): string {
  const stylesheet = stylesheetHref ? `<?xml-stylesheet href="${escapeAttr(stylesheetHref)}" type="text/xsl"?>\n` : "";
  return `<?xml version="1.0" encoding="utf-8"?>\n${stylesheet}${write(root, "")}\n`;
}
