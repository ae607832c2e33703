import { describe, expect, it } from "vitest";
import { escapeAttribute, escapeText, jsonForScript } from "../../src/core/escape.ts";

describe("escaping", () => {
  it("escapes element text, keeping quotes", () => {
    expect(escapeText(`<a> & "b"`)).toBe(`&lt;a&gt; &amp; "b"`);
  });

  it("escapes attribute values, quotes included, and leaves plain text as it is", () => {
    expect(escapeAttribute(`</script> & "q" 'a'`)).toBe("&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39;");
    expect(escapeAttribute("WWW 週報")).toBe("WWW 週報");
  });

  it("writes JSON a </script> or <!-- inside cannot end the script element, and that parses back the same", () => {
    const value = { headline: `</script><script>alert(1)</script> <!-- & \u2028 "q" 'a'` };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(value);
  });
});
