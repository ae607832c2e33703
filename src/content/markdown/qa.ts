import type { MarkdownIt, StateBlock, StateCore, Token } from "markdown-it";
import { MarkdownSourceError } from "../errors.ts";
import { translate } from "../../core/translate.ts";
import { uniqueAnchor } from "./anchors.ts";
import { renderEnvOf } from "./env.ts";
import { lineText, readShortcode } from "./shortcodeLine.ts";

const USAGE = '{% qa "何謂 Distroless Image" %} … {% endqa %}';
const FENCE = /^(`{3,}|~{3,})/;

/**
 * The line of the `{% endqa %}` closing the block opened at `startLine`. Fenced code inside
 * the answer is skipped, so an answer may quote `{% endqa %}` in a code block.
 */
function findEnd(state: StateBlock, startLine: number, endLine: number): number {
  let fence: string | undefined;
  for (let line = startLine + 1; line < endLine; line++) {
    if (state.isEmpty(line)) continue;
    // Less indented than the block: the list item or quote holding the qa has ended.
    if (state.sCount[line]! < state.blkIndent) break;
    const text = lineText(state, line);
    const indented = state.sCount[line]! - state.blkIndent >= 4;
    if (fence) {
      if (!indented && text.startsWith(fence) && new RegExp(`^${fence[0]}+$`).test(text)) fence = undefined;
      continue;
    }
    const opening = indented ? undefined : FENCE.exec(text)?.[1];
    if (opening) {
      fence = opening;
      continue;
    }
    const shortcode = readShortcode(state, line, ["qa", "endqa"]);
    if (shortcode?.name === "endqa") return line;
    if (shortcode?.name === "qa") {
      throw new MarkdownSourceError(`qa is not closed before the next qa on line ${line + 1}; add {% endqa %} after its answer`, startLine + 1);
    }
  }
  throw new MarkdownSourceError(`qa is not closed; end its answer with {% endqa %}: ${USAGE}`, startLine + 1);
}

/** Reopens the group when the previous block was a Q&A too: consecutive blocks are one list. */
function openGroup(state: StateBlock, startLine: number): void {
  const last = state.tokens.at(-1);
  if (last?.type === "qa_group_close" && last.level === state.level) {
    state.tokens.pop();
    state.level++;
    return;
  }
  state.push("qa_group_open", "dl", 1).map = [startLine, startLine];
}

function qaBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const shortcode = readShortcode(state, startLine, ["qa", "endqa"]);
  if (!shortcode) return false;
  if (silent) return true;
  const line = startLine + 1;
  if (shortcode.name === "endqa") throw new MarkdownSourceError(`{% endqa %} has no {% qa %} to close: ${USAGE}`, line);
  if (shortcode.args?.length !== 1) throw new MarkdownSourceError(`qa takes one quoted question: ${USAGE}`, line);
  const question = shortcode.args[0]!.trim();
  if (!question) throw new MarkdownSourceError(`qa has an empty question; write it between the quotes: ${USAGE}`, line);
  const end = findEnd(state, startLine, endLine);
  const answered = Array.from({ length: end - line }, (_, i) => line + i).some((l) => !state.isEmpty(l));
  if (!answered) throw new MarkdownSourceError(`qa "${question}" has an empty answer; write it before {% endqa %}`, line);

  openGroup(state, startLine);
  state.push("qa_item_open", "div", 1).map = [startLine, end + 1];
  state.push("qa_question_open", "dt", 1).map = [startLine, line];
  const inline = state.push("inline", "", 0);
  Object.assign(inline, { content: question, map: [startLine, line], children: [] });
  state.push("qa_question_close", "dt", -1);
  state.push("qa_answer_open", "dd", 1).map = [line, end];
  // The answer is ordinary markdown, parsed in place: rendered once, nested in the <dd>.
  const lineMax = state.lineMax;
  state.lineMax = end;
  state.md.block.tokenize(state, line, end);
  state.lineMax = lineMax;
  state.push("qa_answer_close", "dd", -1);
  state.push("qa_item_close", "div", -1);
  state.push("qa_group_close", "dl", -1);
  state.line = end + 1;
  return true;
}

/** Question ids come after heading ids, so a question never renames a heading someone linked to. */
function questionIds(state: StateCore): void {
  state.tokens.forEach((token: Token, index) => {
    if (token.type !== "qa_question_open") return;
    const text = state.tokens[index + 1]?.children
      ?.filter((child) => child.type === "text" || child.type === "code_inline")
      .map((child) => child.content)
      .join("");
    token.attrSet("id", uniqueAnchor(renderEnvOf(state), text ?? "", "question"));
  });
}

/**
 * `{% qa "Question" %}` … `{% endqa %}`: a question and its markdown answer.
 *
 * Semantics: consecutive blocks form one `<dl>`, each pair wrapped in a `<div>` (allowed by
 * HTML for styling). The HTML standard names "questions and answers" as a use of `dl`, screen
 * readers announce it as one list with its count, and a `<dd>` may hold any flow content
 * (paragraphs, lists, code, a video) where a heading-based layout would force a heading level
 * that depends on where the block sits. Each `<dt>` carries an id so readers can link to it.
 */
export function qa(md: MarkdownIt): void {
  md.block.ruler.before("paragraph", "qa", qaBlock, { alt: ["paragraph", "reference", "blockquote", "list"] });
  md.core.ruler.push("qa_ids", questionIds);
  const rules = md.renderer.rules;
  rules["qa_group_open"] = () => '<dl class="qa">\n';
  rules["qa_item_open"] = () => '<div class="qa-item">\n';
  rules["qa_question_open"] = (tokens, index, _options, env, self) => {
    const label = md.utils.escapeHtml(translate(renderEnvOf({ env }).lang, "qa.question"));
    // In feeds classes mean nothing; <strong> keeps the label visible as a label.
    const mark = renderEnvOf({ env }).target === "feed" ? `<strong>${label}</strong>` : `<span class="qa-mark">${label}</span>`;
    return `<dt${self.renderAttrs(tokens[index]!)}>${mark} `;
  };
  rules["qa_question_close"] = () => "</dt>\n";
  rules["qa_answer_open"] = () => "<dd>\n";
  rules["qa_answer_close"] = () => "</dd>\n";
  rules["qa_item_close"] = () => "</div>\n";
  rules["qa_group_close"] = () => "</dl>\n";
}
