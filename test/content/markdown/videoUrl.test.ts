import { describe, expect, it } from "vitest";
import { parseStart, parseVideoArgument, parseVideoUrl, watchUrl } from "../../../src/content/markdown/videoUrl.ts";

const ID = "lviLZFciDv4";

describe("parseVideoUrl", () => {
  it.each([
    [`https://www.youtube.com/watch?v=${ID}`, { id: ID }],
    [`http://youtube.com/watch?feature=share&v=${ID}`, { id: ID }],
    [`https://m.youtube.com/watch?v=${ID}&t=1m30s`, { id: ID, start: 90 }],
    [`https://music.youtube.com/watch?v=${ID}&t=90s`, { id: ID, start: 90 }],
    [`https://youtu.be/${ID}?t=1h2m3s`, { id: ID, start: 3723 }],
    [`https://www.youtube.com/shorts/${ID}`, { id: ID }],
    [`https://www.youtube.com/live/${ID}?si=abc`, { id: ID }],
    [`https://www.youtube.com/embed/${ID}?start=42`, { id: ID, start: 42 }],
    [`https://www.youtube-nocookie.com/embed/${ID}`, { id: ID }],
    [`https://WWW.YOUTUBE.COM/watch?v=${ID}&t=0`, { id: ID }],
  ])("reads %s", (address, video) => expect(parseVideoUrl(address)).toEqual({ video }));

  it.each([
    `https://youtube.com.evil.example/watch?v=${ID}`,
    `https://evil.example/youtube.com/watch?v=${ID}`,
    `https://youtu.be.evil.example/${ID}`,
    `https://notyoutube.com/watch?v=${ID}`,
    `https://www.youtube.com@evil.example/watch?v=${ID}`,
    `https://user@www.youtube.com/watch?v=${ID}`,
    `https://www.youtube.com:8443/watch?v=${ID}`,
    `ftp://www.youtube.com/watch?v=${ID}`,
    `https://www.youtube-nocookie.com/shorts/${ID}`,
    "https://www.youtube.com/@GoogleOpenSource",
    "https://www.youtube.com/playlist?list=PL123",
    "https://www.youtube.com/watch",
    "https://youtu.be/",
    "not a url",
  ])("leaves %s alone", (address) => expect(parseVideoUrl(address)).toBeNull());

  it("refuses a video address whose id is not 11 URL-safe characters", () => {
    expect(parseVideoUrl("https://youtu.be/tooShort")?.problem).toMatch(/"tooShort" in https:\/\/youtu\.be\/tooShort is not a YouTube video id; a video id is 11 /);
    expect(parseVideoUrl(`https://www.youtube.com/watch?v=${ID}x`)?.problem).toMatch(/is not a YouTube video id/);
    expect(parseVideoUrl("https://www.youtube.com/shorts/lviLZFciD%3Cb")?.problem).toMatch(/is not a YouTube video id/);
  });

  it("refuses a start time it cannot read", () => {
    expect(parseVideoUrl(`https://youtu.be/${ID}?t=soon`)?.problem).toBe(
      `start time "soon" in https://youtu.be/${ID}?t=soon is not a time; write t=90 or t=1m30s`,
    );
  });
});

describe("parseStart", () => {
  it.each([["90", 90], ["90s", 90], ["1m30s", 90], ["2m", 120], ["1h", 3600], ["1h0m5s", 3605], ["0", 0]])(
    "%s is %i seconds",
    (text, seconds) => expect(parseStart(text)).toBe(seconds),
  );
  it.each(["", "1.5", "-3", "1m30", "s", "90x"])("%j is not a time", (text) => expect(parseStart(text)).toBeUndefined());
});

describe("parseVideoArgument", () => {
  it("takes an id or a video address", () => {
    expect(parseVideoArgument(ID)).toEqual({ video: { id: ID } });
    expect(parseVideoArgument(` https://youtu.be/${ID}?t=5 `)).toEqual({ video: { id: ID, start: 5 } });
  });
  it("names what is wrong and shows the fix", () => {
    expect(parseVideoArgument("abc").problem).toBe(
      '"abc" is not a YouTube video id; a video id is 11 letters, digits, "-" or "_", as in {% youtube "lviLZFciDv4" %}',
    );
    expect(parseVideoArgument("https://vimeo.com/123").problem).toMatch(/^"https:\/\/vimeo\.com\/123" is not a YouTube video address; /);
    expect(parseVideoArgument("https://www.youtube.com/@GoogleOpenSource").problem).toMatch(/is not a YouTube video address/);
  });
});

it("links to the video's page with its start time", () => {
  expect(watchUrl({ id: ID })).toBe(`https://www.youtube.com/watch?v=${ID}`);
  expect(watchUrl({ id: ID, start: 90 })).toBe(`https://www.youtube.com/watch?v=${ID}&t=90s`);
});
