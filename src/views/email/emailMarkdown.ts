import type { MarkdownIt, Token } from "markdown-it";
import { createMarkdown, createRenderer, type Renderer } from "../../content/markdown/createMarkdown.ts";
import type { Video } from "../../content/markdown/videoUrl.ts";
import { watchUrl } from "../../content/markdown/videoUrl.ts";
import { translate } from "../../core/translate.ts";
import { renderEnvOf } from "../../content/markdown/env.ts";
import { sourceOf } from "../../content/images/collect.ts";
import type { EmailImages } from "./images.ts";
import { COLUMN_WIDTH } from "./images.ts";

/** YouTube's own still of a video, a JPEG every mail client shows. */
const stillOf = (video: Video) => `https://i.ytimg.com/vi/${video.id}/hqdefault.jpg`;

/** A video as a linked still with a play mark: mail clients run no player. */
function videoRule(md: MarkdownIt) {
  const escape = md.utils.escapeHtml;
  return (tokens: Token[], index: number, _options: unknown, env: unknown): string => {
    const { video, title } = tokens[index]!.meta as { video: Video; title?: string };
    const { lang } = renderEnvOf({ env });
    const watch = escape(title ? translate(lang, "video.watch", { title }) : translate(lang, "video.watchUntitled"));
    const href = escape(watchUrl(video));
    return (
      `<div class="video"><a class="video-still" href="${href}"><img src="${stillOf(video)}" width="${COLUMN_WIDTH}" alt="${watch}"></a>\n` +
      `<p class="video-caption"><a href="${href}"><span class="play">&#9654;</span> ${watch}</a></p></div>\n`
    );
  };
}

/** Q&A as blocks of divs and paragraphs: every client shows them, and the text part reads Q … A …. */
function qaRules(md: MarkdownIt): void {
  const rules = md.renderer.rules;
  const mark = (env: unknown, key: "qa.question" | "qa.answer") =>
    `<strong class="qa-mark">${md.utils.escapeHtml(translate(renderEnvOf({ env }).lang, key))}</strong>`;
  rules["qa_group_open"] = () => '<div class="qa">\n';
  rules["qa_group_close"] = () => "</div>\n";
  rules["qa_item_open"] = () => '<div class="qa-item">\n';
  rules["qa_item_close"] = () => "</div>\n";
  rules["qa_question_open"] = (_tokens, _index, _options, env) => `<p class="qa-q">${mark(env, "qa.question")} `;
  rules["qa_question_close"] = () => "</p>\n";
  rules["qa_answer_open"] = (_tokens, _index, _options, env) => `<div class="qa-a">\n<p class="qa-label">${mark(env, "qa.answer")}</p>\n`;
  rules["qa_answer_close"] = () => "</div>\n";
}

/**
 * The markdown as the email shows it: the build's markdown-it (so the email cannot drift
 * from the page) rendered for the `feed` target, whose links and images are absolute and whose
 * embeds are links, with the rules a mail client needs on top: stills for videos, images through
 * the `images` seam, Q&A as blocks.
 */
export function createEmailRenderer(images: EmailImages): Renderer {
  const md = createMarkdown();
  const rules = md.renderer.rules;
  rules["youtube"] = videoRule(md);
  qaRules(md);
  rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    // The address as written: the pipeline's results are keyed by it, before links are made absolute.
    const { url, width } = images(sourceOf(token), renderEnvOf({ env }).pageUrl);
    const alt = md.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], options, env));
    return `<img src="${md.utils.escapeHtml(url)}" width="${width}" alt="${alt}">`;
  };
  const fence = rules.fence!;
  // The page lets a keyboard scroll a wide block; in an email a block wraps, so nothing scrolls.
  rules.fence = (...args) => fence(...args).replace(' tabindex="0"', "");
  return createRenderer(md);
}
