import { describe, expect, it } from "vitest";
import { escapeText, jsonForScript } from "../../src/core/escape.ts";

describe("escaping", () => {
  it("escapes element text, keeping quotes", () => {
    expect(escapeText(`<a> & "b"`)).toBe(`&lt;a&gt; &amp; "b"`);
  });

  it("writes JSON a </script> or <!-- inside cannot end the script element, and that parses back the same", () => {
    const value = { headline: `</script><script>alert(1)</script> <!-- & \u2028 "q" 'a'` };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(value);
  });
});
