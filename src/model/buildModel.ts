import type { Catalog } from "./catalog.ts";
import { absoluteUrl, href } from "../core/paths.ts";

/** What every page view needs: the issues, where the site lives, and the build's clock. */
export interface PageContext {
  catalog: Catalog;
  origin: string;
  pathPrefix: string;
  now: Date;
}

export const hrefIn = (ctx: PageContext, path: string) => href(ctx.pathPrefix, path);
export const absoluteIn = (ctx: PageContext, path: string) => absoluteUrl(ctx.origin, ctx.pathPrefix, path);
