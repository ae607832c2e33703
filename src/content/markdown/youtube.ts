import type { MarkdownIt, StateBlock, StateCore, Token } from "markdown-it";
import { MarkdownSourceError } from "../errors.ts";
import { translate } from "../../core/translate.ts";
import { renderEnvOf, type RenderEnv } from "./env.ts";
import { readShortcode } from "./shortcodeLine.ts";
import { parseVideoArgument, parseVideoUrl, watchUrl, type Video } from "./videoUrl.ts";

interface Embed {
  video: Video;
  title?: string;
}

// The placeholder's opening tag; raw HTML is escaped (html: false), so only this plugin writes it.
const PLACEHOLDER = '<div class="video" data-video-id="';

/** Whether rendered page HTML holds a video placeholder, i.e. the page needs the player script. */
export const hasVideoEmbed = (html: string): boolean => html.includes(PLACEHOLDER);

/** `{% youtube "id or address" %}` or `{% youtube "id or address" "Title" %}` on a line of its own. */
function youtubeBlock(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  const shortcode = readShortcode(state, startLine, ["youtube"]);
  if (!shortcode) return false;
  if (silent) return true;
  const line = startLine + 1;
  const [argument, title, ...extra] = shortcode.args ?? [];
  if (argument === undefined || extra.length > 0) {
    throw new MarkdownSourceError(
      'youtube takes a quoted video id or address and an optional quoted title: {% youtube "lviLZFciDv4" "Talk title" %}',
      line,
    );
  }
  const found = parseVideoArgument(argument);
  if (found.problem !== undefined) throw new MarkdownSourceError(`youtube: ${found.problem}`, line);
  const token = state.push("youtube", "div", 0);
  token.map = [startLine, line];
  token.meta = { video: found.video, title: title?.trim() || undefined } satisfies Embed;
  state.line = line;
  return true;
}

/** The address of a paragraph that is nothing but one bare URL (linkified or `<autolink>`). */
function bareUrl(tokens: Token[], index: number): string | undefined {
  const [open, inline, close] = [tokens[index], tokens[index + 1], tokens[index + 2]];
  if (open?.type !== "paragraph_open" || inline?.type !== "inline" || close?.type !== "paragraph_close") return undefined;
  const [linkOpen, text, linkClose, ...rest] = inline.children ?? [];
  const bare = linkOpen?.type === "link_open" && (linkOpen.markup === "linkify" || linkOpen.markup === "autolink");
  if (!bare || text?.type !== "text" || linkClose?.type !== "link_close" || rest.length > 0) return undefined;
  const href = linkOpen.attrGet("href");
  return typeof href === "string" ? href : undefined;
}

/**
 * A YouTube address standing alone in its paragraph becomes an embed. A link inside a
 * sentence, a named link or one in a heading is left alone: the author wrote a link.
 */
function bareVideoUrls(state: StateCore): void {
  const tokens = state.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const address = bareUrl(tokens, index);
    const found = address === undefined ? null : parseVideoUrl(address);
    if (!found) continue;
    const paragraph = tokens[index]!;
    const line = (paragraph.map?.[0] ?? 0) + 1;
    if (found.problem !== undefined) throw new MarkdownSourceError(`YouTube address: ${found.problem}`, line);
    const token = new state.Token("youtube", "div", 0);
    Object.assign(token, { map: paragraph.map, level: paragraph.level, block: true });
    token.meta = { video: found.video } satisfies Embed;
    tokens.splice(index, 3, token);
  }
}

function renderEmbed({ video, title }: Embed, env: RenderEnv, escape: (text: string) => string): string {
  const href = escape(watchUrl(video));
  const watch = title ? translate(env.lang, "video.watch", { title }) : translate(env.lang, "video.watchUntitled");
  // Feed readers run no script and many drop iframes: the video is a link there.
  if (env.target === "feed") return `<p><a href="${href}">${escape(watch)}</a></p>\n`;
  const play = title ? translate(env.lang, "video.play", { title }) : translate(env.lang, "video.playUntitled");
  const data = [
    `data-video-title="${escape(title ?? translate(env.lang, "video.untitled"))}"`,
    `data-play-label="${escape(play)}"`,
    ...(video.start ? [`data-video-start="${video.start}"`] : []),
  ];
  // Without script this is a plain link to YouTube; assets/video.js makes it a play button.
  return (
    `${PLACEHOLDER}${escape(video.id)}" ${data.join(" ")}>\n` +
    `<a class="video-link" href="${href}"><span class="video-icon" aria-hidden="true"></span>` +
    `<span class="video-label">${escape(watch)}</span></a>\n</div>\n`
  );
}

/**
 * YouTube videos without YouTube until the reader asks: the page shows a placeholder of our
 * own and loads nothing from Google; assets/video.js swaps in a youtube-nocookie.com player on
 * click. The `feed` target renders a link instead.
 */
export function youtube(md: MarkdownIt): void {
  md.block.ruler.before("paragraph", "youtube", youtubeBlock, { alt: ["paragraph", "reference", "blockquote", "list"] });
  md.core.ruler.push("youtube_bare_urls", bareVideoUrls);
  md.renderer.rules["youtube"] = (tokens, index, _options, env) =>
    renderEmbed(tokens[index]!.meta as unknown as Embed, renderEnvOf({ env }), md.utils.escapeHtml);
}
