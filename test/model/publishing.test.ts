import { describe, expect, it } from "vitest";
import { isPreview, isPublished } from "../../src/model/publishing.ts";

const now = new Date("2020-02-01T00:00:00+08:00");
const past = { draft: false, date: new Date("2020-01-31T00:00:00+08:00") };
const atNow = { draft: false, date: now };
const draft = { draft: true, date: past.date };
const future = { draft: false, date: new Date("2020-02-01T00:00:01+08:00") };

describe("a production build", () => {
  it("publishes issues dated up to its clock", () => {
    expect(isPublished(past, "production", now)).toBe(true);
    expect(isPublished(atNow, "production", now)).toBe(true);
  });

  it("leaves drafts and future issues out", () => {
    expect(isPublished(draft, "production", now)).toBe(false);
    expect(isPublished(future, "production", now)).toBe(false);
  });
});

describe("a development build", () => {
  it("shows every issue, drafts and future ones included", () => {
    for (const issue of [past, atNow, draft, future]) expect(isPublished(issue, "development", now)).toBe(true);
  });
});

describe("isPreview", () => {
  it("marks drafts and future issues, and nothing published", () => {
    expect(isPreview(draft, now)).toBe(true);
    expect(isPreview(future, now)).toBe(true);
    expect(isPreview(past, now)).toBe(false);
    expect(isPreview(atNow, now)).toBe(false);
  });
});
