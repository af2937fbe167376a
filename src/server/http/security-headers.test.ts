import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.js";

describe("security headers", () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  const headersOf = async (env: NodeJS.ProcessEnv, headers: Record<string, string> = {}) => {
    t = await createTestApp("sqlite", env);
    const response = await t.app.inject({ method: "GET", url: "/api/health", headers });
    return { csp: String(response.headers["content-security-policy"]), hsts: response.headers["strict-transport-security"] };
  };

  it("a request over plain HTTP gets neither HSTS nor upgrade-insecure-requests, but keeps the rest of the policy", async () => {
    const { csp, hsts } = await headersOf({});
    expect(hsts).toBeUndefined();
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(csp).toContain("default-src 'self'");
  });

  it("a forwarded protocol is ignored unless the proxy is trusted", async () => {
    const { csp, hsts } = await headersOf({}, { "x-forwarded-proto": "https" });
    expect(hsts).toBeUndefined();
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("a request that came over HTTPS through a trusted proxy gets both", async () => {
    const { csp, hsts } = await headersOf({ CONVENE_TRUST_PROXY: "1" }, { "x-forwarded-proto": "https" });
    expect(hsts).toBe("max-age=31536000; includeSubDomains");
    expect(csp).toContain("upgrade-insecure-requests");
  });

  it("CONVENE_FORCE_HTTPS sends both on every answer", async () => {
    const { csp, hsts } = await headersOf({ CONVENE_FORCE_HTTPS: "1" });
    expect(hsts).toBe("max-age=31536000; includeSubDomains");
    expect(csp.match(/upgrade-insecure-requests/g)).toHaveLength(1);
  });
});
