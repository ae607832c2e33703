import { describe, expect, it } from "vitest";
import { convertShortcodes } from "../../../src/author/importHugo/shortcodes.ts";

const links = {
  ref: (target: string) => (target.startsWith("www-0x09") ? `/zh-tw/issues/www-0x09/${target.includes("#") ? "#notes" : ""}` : undefined),
  image: (src: string) => (src === "/posts/www-0x0A/diagram.png" ? "diagram.png" : src),
};
const convert = (body: string) => convertShortcodes(body, links);

describe("Hugo shortcodes into the new site's markdown", () => {
  it("turns youtube, by position or by name, into the renderer's own line", () => {
    expect(convert("{{< youtube lviLZFciDv4 >}}").body).toBe('{% youtube "lviLZFciDv4" %}');
    expect(convert('{{% youtube id="lviLZFciDv4" title="A \\"quoted\\" talk" %}}').body).toBe('{% youtube "lviLZFciDv4" "A \\"quoted\\" talk" %}');
  });

  it("leaves a youtube inside a sentence, which the renderer would not embed, and says where", () => {
    expect(convert("a\nsee {{< youtube lviLZFciDv4 >}} here").unconverted).toEqual([
      { line: 2, shortcode: "{{< youtube lviLZFciDv4 >}}", reason: "a video must be alone on its line; put it on a line of its own and run the import again" },
    ]);
  });

  it("turns figure into an image with its alt, title and caption, linked if Hugo linked it, beside the issue", () => {
    expect(convert('{{< figure src="/posts/www-0x0A/diagram.png" alt="架構圖" caption="一張圖" >}}').body).toBe('![架構圖](diagram.png "一張圖")\n*一張圖*');
    expect(convert('{{< figure src="a b.png" caption="[x]" link="https://example.org/" >}}').body).toBe('[![\\[x\\]](<a b.png> "[x]")](https://example.org/)\n*[x]*');
    expect(convert('{{< figure alt="no source" >}}').unconverted[0]?.reason).toBe("it has no src");
  });

  it("turns ref and relref into the imported issue's new URL, anchor kept, and lists one it cannot place", () => {
    expect(convert('[上一期]({{< ref "www-0x09" >}}) [注]({{< relref "www-0x09.md#notes" >}})').body).toBe("[上一期](/zh-tw/issues/www-0x09/) [注](/zh-tw/issues/www-0x09/#notes)");
    expect(convert('[x]({{< ref "about" >}})').unconverted[0]?.reason).toBe('"about" is not an imported issue; link to its new URL by hand');
  });

  it("leaves other shortcodes as written, with their line in the converted body, lines a figure added counted", () => {
    const result = convert('{{< figure src="a.png" alt="a" caption="c" >}}\n\n{{< notice warning >}}\nText\n{{< /notice >}}');
    expect(result.unconverted.map(({ line, shortcode }) => [line, shortcode])).toEqual([
      [4, "{{< notice warning >}}"],
      [6, "{{< /notice >}}"],
    ]);
    expect(result.body).toContain("{{< notice warning >}}\nText\n{{< /notice >}}");
  });

  it("turns Hugo's escaped form into the shortcode as text", () => {
    expect(convert("{{</* youtube x */>}} and {{%/* ref a */%}}")).toEqual({ body: "{{< youtube x >}} and {{% ref a %}}", unconverted: [] });
  });
});
