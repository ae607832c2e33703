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

/**
 * An animated GIF of `frames` (each a list of palette indexes 0–3, `width` per row): sharp 0.33
 * cannot write one from scratch. LZW without compression: a clear code before every two pixels
 * keeps every code 3 bits wide.
 */
export function animatedGif(width: number, height: number, frames: number[][]): Buffer {
  const u16 = (n: number) => [n & 255, n >> 8];
  const palette = [255, 0, 0, 0, 0, 255, 255, 255, 255, 0, 0, 0];
  const bytes = [...Buffer.from("GIF89a"), ...u16(width), ...u16(height), 0xf1, 0, 0, ...palette];
  bytes.push(0x21, 0xff, 11, ...Buffer.from("NETSCAPE2.0"), 3, 1, 0, 0, 0);
  for (const pixels of frames) {
    const codes = pixels.flatMap((pixel, i) => (i % 2 === 0 ? [4, pixel] : [pixel]));
    codes.push(5);
    const data: number[] = [];
    codes.forEach((code, i) => {
      for (let bit = 0; bit < 3; bit++) {
        const at = i * 3 + bit;
        if (at % 8 === 0) data.push(0);
        data[data.length - 1]! |= ((code >> bit) & 1) << (at % 8);
      }
    });
    bytes.push(0x21, 0xf9, 4, 0, ...u16(20), 0, 0, 0x2c, 0, 0, 0, 0, ...u16(width), ...u16(height), 0, 2);
    for (let i = 0; i < data.length; i += 255) bytes.push(Math.min(255, data.length - i), ...data.slice(i, i + 255));
    bytes.push(0);
  }
  bytes.push(0x3b);
  return Buffer.from(bytes);
}
