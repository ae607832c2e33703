import type { Issue } from "../../content/issue.ts";
import { machineDate } from "../../core/dates.ts";
import { escapeAttribute, jsonForScript } from "../../core/escape.ts";
import { htmlLang } from "../../core/locales.ts";
import { languages, site, type Lang } from "../../core/site.ts";
import type { ShareImage } from "../share/shareImage.ts";

/** `<meta property>` (Open Graph) or `<meta name>` (Twitter) and its value. */
interface PreviewMeta {
  property?: string;
  name?: string;
  content: string;
}

export interface PreviewInput {
  lang: Lang;
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  image: ShareImage;
  /** The languages the page exists in. */
  versions: Lang[];
  /** An issue's page: an article with its dates and tags, and a BlogPosting. */
  issue?: Issue;
  /** A home page: the site as a WebSite. */
  home?: boolean;
}

/** Open Graph's locales are language_TERRITORY (ogp.me/#optional). */
const OG_LOCALE: Record<Lang, string> = { "zh-tw": "zh_TW", en: "en_US" };

const author = () => ({ "@type": "Person", name: site.author.name });
const publisher = () => ({ "@type": "Organization", name: site.author.name });

function articleMeta(issue: Issue): PreviewMeta[] {
  return [
    { property: "article:published_time", content: machineDate(issue.date) },
    ...(issue.updated ? [{ property: "article:modified_time", content: machineDate(issue.updated) }] : []),
    ...issue.tags.map((tag) => ({ property: "article:tag", content: tag })),
  ];
}

/** schema.org/BlogPosting, the fields Google's article guidelines read. */
function blogPosting(input: PreviewInput, issue: Issue) {
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: input.title,
    description: input.description,
    datePublished: machineDate(issue.date),
    ...(issue.updated && { dateModified: machineDate(issue.updated) }),
    inLanguage: htmlLang[input.lang],
    author: author(),
    publisher: publisher(),
    url: input.url,
    mainEntityOfPage: input.url,
    image: { "@type": "ImageObject", url: input.image.url, width: input.image.width, height: input.image.height },
    ...(issue.tags.length > 0 && { keywords: issue.tags }),
  };
}

function webSite(input: PreviewInput) {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: site.title[input.lang],
    description: input.description,
    url: input.url,
    inLanguage: htmlLang[input.lang],
    publisher: publisher(),
  };
}

const metaTag = ({ property, name, content }: PreviewMeta) =>
  `<meta ${property ? `property="${property}"` : `name="${name}"`} content="${escapeAttribute(content)}">`;

/**
 * What chat apps, social networks and search engines read of a page, as the HTML `<head>`
 * prints: Open Graph and Twitter `<meta>` tags, and JSON-LD. One string per page, escaped here,
 * rather than a Nunjucks loop over ~15 tags on each of 4,000 pages.
 */
export function linkPreview(input: PreviewInput): string {
  const { lang, issue, image } = input;
  const meta: PreviewMeta[] = [
    { property: "og:title", content: input.title },
    { property: "og:description", content: input.description },
    { property: "og:url", content: input.url },
    { property: "og:type", content: issue ? "article" : "website" },
    { property: "og:site_name", content: site.title[lang] },
    { property: "og:locale", content: OG_LOCALE[lang] },
    ...languages
      .filter((other) => other !== lang && input.versions.includes(other))
      .map((other) => ({ property: "og:locale:alternate", content: OG_LOCALE[other] })),
    { property: "og:image", content: image.url },
    { property: "og:image:width", content: String(image.width) },
    { property: "og:image:height", content: String(image.height) },
    { property: "og:image:alt", content: image.alt },
    { name: "twitter:card", content: "summary_large_image" },
    ...(issue ? articleMeta(issue) : []),
  ];
  const data = issue ? blogPosting(input, issue) : input.home ? webSite(input) : undefined;
  const script = data ? [`<script type="application/ld+json">${jsonForScript(data)}</script>`] : [];
  return [...meta.map(metaTag), ...script].join("\n");
}
