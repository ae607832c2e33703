import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";

/** A real PNG of the given size, for a fixture issue's folder or a host to serve. */
export const png = (width: number, height: number, colour = "#3366cc") =>
  sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer();

export interface ImageHost {
  /** `http://127.0.0.1:<port>`: another origin than the built site's. */
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A host of remote images on 127.0.0.1, behaving as real ones do: `/photo.png` a real PNG,
 * `/gone.png` a 404, `/slow.png` never answers, `/page.png` an HTML page posing as an image,
 * `/huge.png` 21 MB labelled as PNG (over the 20 MB limit).
 */
export async function startImageHost(): Promise<ImageHost> {
  const photo = await png(800, 450, "#cc6633");
  const requests: string[] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? "");
    const send = (status: number, type: string, body: Buffer | string) => response.writeHead(status, { "content-type": type }).end(body);
    switch (request.url) {
      case "/photo.png":
        return send(200, "image/png", photo);
      case "/page.png":
        return send(200, "text/html; charset=utf-8", "<!doctype html><title>Image viewer</title><p>Log in to see this image");
      case "/huge.png":
        return send(200, "image/png", Buffer.concat([photo, Buffer.alloc(21 * 1024 * 1024)]));
      case "/slow.png":
        hanging.push(response);
        return undefined;
      default:
        return send(404, "text/html", "Not Found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
