/** A YouTube video and where to start it, in seconds. */
export interface Video {
  id: string;
  start?: number;
}

/** A lookup either finds a video, finds a YouTube address that is wrong, or finds no video. */
export type VideoLookup = { video: Video; problem?: undefined } | { video?: undefined; problem: string } | null;

/** YouTube's ids are 11 characters of the URL-safe base64 alphabet. */
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const ID_HINT = 'a video id is 11 letters, digits, "-" or "_", as in {% youtube "lviLZFciDv4" %}';

// Exact host names: a suffix or prefix test would embed youtube.com.evil.example.
const WATCH_HOSTS: ReadonlySet<string> = new Set(["youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com"]);
const EMBED_HOSTS: ReadonlySet<string> = new Set(["youtube-nocookie.com", "www.youtube-nocookie.com"]);
const PATH_KINDS: ReadonlySet<string> = new Set(["shorts", "live", "embed"]);

/** `90`, `90s`, `1m30s`, `1h2m` → seconds; undefined when the text is not a time. */
export function parseStart(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value);
  const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!value || !parts) return undefined;
  const [, h = "0", m = "0", s = "0"] = parts;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** The id a YouTube address names, if its shape is a video's (watch, youtu.be, shorts, live, embed). */
function idIn(url: URL): string | undefined {
  const segments = url.pathname.split("/").filter(Boolean);
  if (url.hostname === "youtu.be") return segments.length === 1 ? segments[0] : undefined;
  const watch = WATCH_HOSTS.has(url.hostname);
  if (watch && segments.length === 1 && segments[0] === "watch") return url.searchParams.get("v") ?? undefined;
  const [kind, id] = segments;
  const shaped = segments.length === 2 && (watch ? PATH_KINDS.has(kind!) : kind === "embed");
  return shaped ? id : undefined;
}

/**
 * Reads a YouTube video address. Other addresses, YouTube pages that are not a video (a
 * channel, a playlist) and look-alike hosts give null: they stay ordinary links.
 */
export function parseVideoUrl(address: string): VideoLookup {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  const youtube = url.hostname === "youtu.be" || WATCH_HOSTS.has(url.hostname) || EMBED_HOSTS.has(url.hostname);
  if (!/^https?:$/.test(url.protocol) || !youtube || url.port || url.username || url.password) return null;
  const id = idIn(url);
  if (id === undefined) return null;
  if (!VIDEO_ID.test(id)) return { problem: `"${id}" in ${address} is not a YouTube video id; ${ID_HINT}` };
  const time = url.searchParams.get("t") ?? url.searchParams.get("start");
  if (time === null) return { video: { id } };
  const start = parseStart(time);
  if (start === undefined) return { problem: `start time "${time}" in ${address} is not a time; write t=90 or t=1m30s` };
  return { video: start > 0 ? { id, start } : { id } };
}

/** The argument of `{% youtube "…" %}`: an id, or any address parseVideoUrl reads. */
export function parseVideoArgument(argument: string): NonNullable<VideoLookup> {
  const value = argument.trim();
  if (VIDEO_ID.test(value)) return { video: { id: value } };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    return parseVideoUrl(value) ?? { problem: `"${value}" is not a YouTube video address; ${ID_HINT}` };
  }
  return { problem: `"${value}" is not a YouTube video id; ${ID_HINT}` };
}

/** The video's page on YouTube: where the link goes when no script runs, and in feeds. */
export function watchUrl(video: Video): string {
  return `https://www.youtube.com/watch?v=${video.id}${video.start ? `&t=${video.start}s` : ""}`;
}
