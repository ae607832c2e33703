import type { Lang } from "../site.ts";

/** A tag's page, raw like every site path: `/zh-tw/tags/軟體工程/`, `/en/tags/c-sharp/`. */
export const tagPath = (lang: Lang, slug: string) => `/${lang}/tags/${slug}/`;
