import { site, type Lang } from "../../core/site.ts";
import { encodePath } from "../../core/paths.ts";

const DOMAIN = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * RFC 4151 tag URIs (`tag:weekly.example.org,2020-01-01:zh-tw/issues/www-0x02`): built from
 * the configured authority, the language and the file name only, so an entry keeps its id when
 * its title, its tags or the site's domain change. The specific part is percent-encoded, as the
 * RFC's grammar requires.
 */
export function tagUri(specific: string, authority = site.tagUriAuthority): string {
  const { domain, since } = authority;
  if (!DOMAIN.test(domain)) {
    throw new Error(`site.tagUriAuthority.domain "${domain}" is not a domain name; write one you owned on the date, like weekly.example.org`);
  }
  if (!DATE.test(since)) {
    throw new Error(`site.tagUriAuthority.since "${since}" is not a date; write the day you owned the domain, like 2020-01-01`);
  }
  return `tag:${domain.toLowerCase()},${since}:${encodePath(specific)}`;
}

export const entryId = (lang: Lang, name: string) => tagUri(`${lang}/issues/${name}`);
export const languageFeedId = (lang: Lang) => tagUri(`${lang}/feed`);
export const tagFeedId = (lang: Lang, slug: string) => tagUri(`${lang}/tags/${slug}`);
