import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".xsl": "application/xslt+xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 the way a static host does: `/dir/` → `dir/index.html`,
 * percent-encoded paths decoded, `404.html` for anything missing, nothing outside `root`.
 * `pathPrefix` mounts the site under a sub-folder, as a host under `/weekly/` would.
 */
export async function serveSite(root: string, pathPrefix = "/"): Promise<StaticServer> {
  const prefix = pathPrefix.endsWith("/") ? pathPrefix : `${pathPrefix}/`;
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    let path: string | undefined;
    try {
      const decoded = decodeURIComponent(pathname);
      if (decoded.startsWith(prefix)) {
        const inside = normalize(`/${decoded.slice(prefix.length)}`);
        path = join(root, inside.endsWith("/") ? `${inside}index.html` : inside);
        if ((await stat(path)).isDirectory()) path = join(path, "index.html");
        await stat(path);
      } else {
        path = undefined;
      }
    } catch {
      path = undefined;
    }
    const status = path ? 200 : 404;
    const file = path ?? join(root, "404.html");
    response.writeHead(status, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).on("error", () => response.end()).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
