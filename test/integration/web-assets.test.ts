// The built web app as a browser receives it: compressed when the browser accepts it, content-hashed
// files kept for a year, the page checked again on every visit, and no source maps.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WEB_ROOT } from "../../src/server/app.js";
import { createTestApp, type TestApp } from "../support/app.js";

/** The scripts the first page loads before anything else: its module and the chunks it preloads. */
function firstPageScripts(html: string): string[] {
  const scripts = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  return scripts.map((match) => match[1] ?? "");
}

describe("the web app's files", () => {
  let t: TestApp;
  let scripts: string[];
  beforeAll(async () => {
    expect(existsSync(WEB_ROOT), "the web app is built into dist/web (npm run build)").toBe(true);
    t = await createTestApp("sqlite");
    scripts = firstPageScripts(readFileSync(join(WEB_ROOT, "index.html"), "utf8"));
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: "GET", url, headers });

  it("the first page loads several scripts, all content-hashed", () => {
    expect(scripts.length).toBeGreaterThan(2);
    for (const script of scripts) expect(script).toMatch(/^\/assets\/[\w-]+-[\w-]{8}\.js$/);
  });

  it("sends Brotli or gzip when the browser accepts it, says so, and varies on Accept-Encoding", async () => {
    for (const script of scripts) {
      const plain = await get(script);
      expect(plain.statusCode).toBe(200);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      const brotli = await get(script, { "accept-encoding": "br" });
      const gzip = await get(script, { "accept-encoding": "gzip" });
      if (plain.rawPayload.length < 1024) continue; // too small to be worth compressing
      for (const [answer, encoding, decompress] of [
        [brotli, "br", brotliDecompressSync],
        [gzip, "gzip", gunzipSync],
      ] as const) {
        expect(answer.statusCode).toBe(200);
        expect(answer.headers["content-encoding"]).toBe(encoding);
        expect(answer.headers["content-type"]).toMatch(/^(text|application)\/javascript/);
        expect(String(answer.headers.vary).toLowerCase()).toContain("accept-encoding");
        expect(decompress(answer.rawPayload).equals(plain.rawPayload)).toBe(true);
        expect(answer.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      }
    }
    const preferred = await get(scripts[0] ?? "", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(["br", "gzip"]).toContain(preferred.headers["content-encoding"]);
  });

  it("keeps hashed assets for a year and checks the page on every visit", async () => {
    for (const script of scripts) {
      expect((await get(script, { "accept-encoding": "br" })).headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    }
    for (const page of ["/", "/partnerships", "/sign-in"]) {
      const answer = await get(page, { "accept-encoding": "gzip" });
      expect(answer.statusCode).toBe(200);
      expect(answer.headers["content-type"]).toMatch(/^text\/html/);
      expect(answer.headers["cache-control"]).toBe("no-cache");
    }
  });

  it("serves no source maps, and a missing asset is a 404 rather than the page", async () => {
    const built = readdirSync(WEB_ROOT, { recursive: true, encoding: "utf8" });
    expect(built.filter((file) => file.endsWith(".map"))).toEqual([]);
    for (const script of scripts) {
      expect(readFileSync(join(WEB_ROOT, script)).toString("utf8")).not.toContain("sourceMappingURL");
      const map = await get(`${script}.map`);
      expect(map.statusCode).toBe(404);
      expect(map.headers["content-type"]).not.toMatch(/html/);
    }
    expect((await get("/assets/index-00000000.js")).statusCode).toBe(404);
  });

  it("the first page's scripts weigh less than a third of their size over the wire", async () => {
    let raw = 0;
    let sent = 0;
    for (const script of scripts) {
      raw += (await get(script)).rawPayload.length;
      sent += (await get(script, { "accept-encoding": "br, gzip" })).rawPayload.length;
    }
    expect(raw).toBeGreaterThan(100_000);
    expect(sent).toBeLessThan(raw / 3);
  });
});
