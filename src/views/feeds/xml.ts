/**
 * A tiny XML writer for feeds. Every text and attribute value passes through `xmlSafe`, so no
 * title or body can make a feed ill-formed, whatever an author typed.
 */

import { escapeText } from "../../core/escape.ts";

export interface XmlElement {
  name: string;
  attrs?: Record<string, string | undefined>;
  children?: XmlNode[];
}
export type XmlNode = XmlElement | string;

// Outside XML 1.0's Char production (controls, lone surrogates, U+FFFE/FFFF), plus the C1
// controls XML 1.0 discourages: https://www.w3.org/TR/xml/#charsets
const NOT_XML_CHAR = /[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Drops characters XML cannot carry (a \u0001 or \u000B pasted into a title). */
export const xmlSafe = (text: string) => text.replace(NOT_XML_CHAR, "");

const escapeXmlText = (text: string) => escapeText(xmlSafe(text));

// Attribute values also keep their quotes, tabs and newlines (a parser would normalise raw ones).
const escapeAttr = (text: string) =>
  escapeXmlText(text).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");

/** `el("link", { href })`, `el("title", {}, "text")`; undefined attributes and children are left out. */
export function el(name: string, attrs: XmlElement["attrs"] = {}, ...children: (XmlNode | undefined | false)[]): XmlElement {
  return { name, attrs, children: children.filter((child): child is XmlNode => child !== undefined && child !== false) };
}

/**
 * A document's bytes, encoded as they are written. Built as one string, a feed of Chinese HTML
 * was a large two-byte string copied whole while it was assembled and again when it was encoded
 * for the file (~0.15 s of a build with 160 feeds carrying 10 MiB).
 */
class XmlOutput {
  private readonly parts: Buffer[] = [];
  private text = "";

  append(text: string): void {
    this.text += text;
    if (this.text.length > 1 << 16) this.flush();
  }

  bytes(): Buffer {
    this.flush();
    return Buffer.concat(this.parts);
  }

  private flush(): void {
    if (this.text) this.parts.push(Buffer.from(this.text, "utf8"));
    this.text = "";
  }
}

function write(node: XmlNode, indent: string, out: XmlOutput): void {
  if (typeof node === "string") return out.append(escapeXmlText(node));
  const attrs = Object.entries(node.attrs ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeAttr(value)}"`)
    .join("");
  const children = node.children ?? [];
  if (children.length === 0) return out.append(`<${node.name}${attrs}/>`);
  out.append(`<${node.name}${attrs}>`);
  // Elements holding elements are indented; text content is written exactly as it is.
  if (children.every((child) => typeof child !== "string")) {
    for (const child of children) {
      out.append(`\n${indent}  `);
      write(child, `${indent}  `, out);
    }
    out.append(`\n${indent}`);
  } else {
    for (const child of children) write(child, indent, out);
  }
  out.append(`</${node.name}>`);
}

/** A whole document, with the stylesheet that shows it to people who open it in a browser. */
export function xmlDocument(root: XmlElement, stylesheetHref?: string): Buffer {
  const out = new XmlOutput();
  out.append('<?xml version="1.0" encoding="utf-8"?>\n');
  if (stylesheetHref) out.append(`<?xml-stylesheet href="${escapeAttr(stylesheetHref)}" type="text/xsl"?>\n`);
  write(root, "", out);
  out.append("\n");
  return out.bytes();
}
