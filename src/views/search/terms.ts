import { stemmer } from "stemmer";
import { processCache } from "../../core/processCache.ts";
import { BLOCK, decodeEntity, ENTITY, TAG_OR_COMMENT } from "./text.ts";

/**
 * How text becomes search terms, for the index (the build) and for a query (the search page's
 * script, which esbuild bundles with this file: src/eleventy/searchScript.ts), so the two cannot
 * drift. Chinese (and Japanese, Korean) has no spaces between words, and no segmenter cuts a
 * word the same way inside a sentence as typed alone (github.com/Pagefind/pagefind/issues/1237);
 * so a CJK run is indexed as every pair of neighbouring characters, and its last character
 * alone. A query's run is then its own pairs, which any text containing it has: recall is
 * total. A single character is searched as the start of a term (engine.ts): every character of
 * a run starts a pair or is its last.
 */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** What a character is to the scanner: part of a CJK run, part of a word (any other script's letters, digits, marks), or a cut. */
const CJK = 1;
const WORD = 2;
const CUT = 3;

const classify = (char: string) => (CJK_CHAR.test(char) ? CJK : WORD_CHAR.test(char) ? WORD : CUT);

/**
 * Each BMP character's class, worked out by the regular expressions above the first time the
 * character is met: testing them on every character was a third of the index's time at 4,000
 * issues. Kept for the process: a character's class never changes.
 */
const classes = processCache("search: BMP character classes", () => new Uint8Array(0x10000));

function classOf(point: number): number {
  if (point > 0xffff) return classify(String.fromCodePoint(point));
  return (classes[point] ||= classify(String.fromCharCode(point)));
}

/** English words are stemmed (Porter), so "containers" finds "container"; other words only lower-cased. */
const LATIN_LETTERS = /^[a-z]+$/;

const normalise = (word: string) => {
  const lower = word.toLowerCase();
  return LATIN_LETTERS.test(lower) ? stemmer(lower) : lower;
};

/** Each code point's five hex digits, made once a process. */
const hexOf = processCache("search: code points in hex", (): string[] => []);
const hex = (code: number) => (hexOf[code] ??= code.toString(16).padStart(5, "0"));

/**
 * CJK characters as one term: "~", then five hex digits a character. MiniSearch's tree scans a
 * node's children one by one, and Chinese gives its root a child per character that starts a
 * term; in hex a node has at most sixteen (the Chinese index ~23 % faster to make at 4,000
 * issues, its terms' insertion 2.5×). No word holds "~", so none can meet a CJK term.
 */
export function cjkTerm(chars: string): string {
  let term = "~";
  for (const char of chars) term += hex(char.codePointAt(0)!);
  return term;
}

const SINGLE_CJK_TERM = /^~[0-9a-f]{5}$/;

/** What the scanner reports: each CJK run and each word, in the text's order. */
interface Tokens {
  run(run: string): void;
  word(word: string): void;
}

const TAG = new RegExp(TAG_OR_COMMENT, "y");
const ENTITY_AT = new RegExp(ENTITY, "y");

/**
 * Reports each CJK run and each word of `text`. As `html`, the text a reader sees in the markup
 * the build rendered (an issue's body), read in the same pass: a tag or comment is skipped, an
 * inline one (`<strong>`, `<a>`, `<code>`) joining the text on its sides, so
 * 用<strong>容器</strong>化 reads 用容器化 as the browser shows it, while a block ends a run; the
 * entities markdown-it writes are decoded: the text of text.ts's visibleText, without making it.
 */
function scan(text: string, html: boolean, tokens: Tokens): void {
  let kind = CUT;
  // The token so far: the pieces before a tag or an entity interrupted it, and the current piece's start (-1: none yet).
  let pieces = "";
  let start = -1;
  const end = (at: number) => {
    if (kind !== CUT) {
      const token = start < 0 ? pieces : pieces + text.slice(start, at);
      if (kind === CJK) tokens.run(token);
      else tokens.word(token);
    }
    kind = CUT;
    pieces = "";
    start = -1;
  };
  const interrupt = (at: number) => {
    if (start >= 0) pieces += text.slice(start, at);
    start = -1;
  };
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (html && code === 60 /* < */) {
      TAG.lastIndex = i;
      const tag = TAG.exec(text);
      if (tag) {
        if (tag[1] !== undefined && BLOCK.test(tag[1])) end(i);
        else interrupt(i);
        i = TAG.lastIndex;
        continue;
      }
    }
    if (html && code === 38 /* & */) {
      ENTITY_AT.lastIndex = i;
      const entity = ENTITY_AT.exec(text);
      if (entity) {
        const decoded = decodeEntity(entity[1]!);
        // Decoded text is scanned as text (it is never markup): mostly one character, or the entity kept as written.
        for (const char of decoded) {
          const charKind = classOf(char.codePointAt(0)!);
          if (charKind !== kind) end(i);
          else interrupt(i);
          if (charKind !== CUT) {
            kind = charKind;
            pieces += char;
          }
        }
        i = ENTITY_AT.lastIndex;
        continue;
      }
    }
    const point = code >= 0xd800 && code <= 0xdbff ? text.codePointAt(i)! : code;
    const width = point > 0xffff ? 2 : 1;
    const charKind = classOf(point);
    if (charKind !== kind) {
      end(i);
      kind = charKind;
      if (charKind !== CUT) start = i;
    } else if (start < 0 && charKind !== CUT) {
      start = i;
    }
    i += width;
  }
  end(i);
}

/**
 * The terms of one index's issues, each issue's once (a count per term cost a third of the
 * index's time at 4,000 issues, and ranking keeps the title's boost and each term's rarity):
 * of a text (a title, a tag's name), or of the HTML the build rendered (an issue's body). The
 * functions keep the stems and terms they have made, so one index works each out once.
 */
export function createIndexTerms(): { ofText(text: string): string[]; ofHtml(html: string): string[] } {
  const stems = new Map<string, string>();
  const cjkTerms = new Map<string, string>();
  const terms = (text: string, html: boolean) => {
    const found = new Set<string>();
    const add = (key: string, make: (key: string) => string, made: Map<string, string>) => {
      let term = made.get(key);
      if (term === undefined) made.set(key, (term = make(key)));
      found.add(term);
    };
    scan(text, html, {
      run(run) {
        let previous = "";
        for (const char of run) {
          if (previous) add(previous + char, cjkTerm, cjkTerms);
          previous = char;
        }
        add(previous, cjkTerm, cjkTerms);
      },
      word: (word) => add(word, normalise, stems),
    });
    return [...found];
  };
  return { ofText: (text) => terms(text, false), ofHtml: (html) => terms(html, true) };
}

const TYPED_WORD = /^[\p{Script=Latin}\p{N}]{3,}$/u;

/**
 * Whether a query's term matches as the start of the index's terms: a single CJK character
 * (it starts a pair, or ends a run), and the query's last word while it is typed ("kube" finds
 * Kubernetes; never a pair, which is exact).
 */
export const matchesAsPrefix = (term: string, index: number, terms: string[]) =>
  SINGLE_CJK_TERM.test(term) || (index === terms.length - 1 && TYPED_WORD.test(term));

/**
 * A query as terms that an issue must all have: its words, and each CJK run as its pairs (a
 * single character as itself). Pairs need not be neighbours in the issue to match, so an issue
 * with 資料 and 料庫 apart is found for 資料庫 too; the excerpt shows where the query is.
 */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  scan(query, false, {
    run(run) {
      const chars = [...run];
      terms.push(...(chars.length === 1 ? chars : chars.slice(1).map((char, i) => chars[i] + char)).map(cjkTerm));
    },
    word: (word) => terms.push(normalise(word)),
  });
  return terms;
}
