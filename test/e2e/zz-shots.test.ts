import { it, inject } from "vitest";
import { z } from "zod";
import { loadDemo } from "../../src/server/demo/load.js";
import { closeBrowserApp, openBrowserApp } from "../support/browser.js";
import { createTestDatabase } from "../support/databases.js";

it("shots", async () => {
  const chromiumPath = inject("chromiumPath");
  if (!chromiumPath) return;
  const database = await createTestDatabase("sqlite");
  const { password } = await loadDemo(database.db);
  const { app, base, browser } = await openBrowserApp(chromiumPath, database, { width: 375, height: 812 });
  for (const email of ["admin@convene.example", "partner@convene.example"]) {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: "en-CA" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") errors.push(`${m.type()}: ${m.text()}`); });
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${base}/`);
    await page.waitForLoadState("networkidle");
    const who = email.split("@")[0];
    await page.screenshot({ path: `/tmp/shots/${who}-home.png`, fullPage: true, clip: { x: 0, y: 0, width: 375, height: 1200 } });
    const list = z.object({ data: z.array(z.object({ id: z.string(), name: z.string(), leadOrganization: z.object({ id: z.string() }) })) }).parse(await (await page.request.get(`${base}/api/v1/partnerships?pageSize=100`)).json());
    const p = list.data.find((x) => /Hamilton/.test(x.name)) ?? list.data[0]!;
    await page.goto(`${base}/partnerships/${p.id}`);
    await page.waitForLoadState("networkidle");
    for (const y of [0, 1000, 2000, 3000]) await page.screenshot({ path: `/tmp/shots/${who}-partnership-${y}.png`, fullPage: true, clip: { x: 0, y, width: 375, height: 1000 } });
    await page.goto(`${base}/organizations/${p.leadOrganization.id}`);
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `/tmp/shots/${who}-organization.png`, fullPage: true });
    const members = z.object({ data: z.array(z.object({ id: z.string() })) }).parse(await (await page.request.get(`${base}/api/v1/partnerships/${p.id}/members`)).json());
    if (members.data[0]) {
      await page.goto(`${base}/partnerships/${p.id}/members/${members.data[0].id}/involvement`);
      await page.waitForLoadState("networkidle");
      for (const y of [0, 1000, 2000]) await page.screenshot({ path: `/tmp/shots/${who}-involvement-${y}.png`, fullPage: true, clip: { x: 0, y, width: 375, height: 1000 } });
    }
    await page.goto(`${base}/reports?by=partnership`);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    for (const y of [0, 1000]) await page.screenshot({ path: `/tmp/shots/${who}-reports-${y}.png`, fullPage: true, clip: { x: 0, y, width: 375, height: 1000 } });
    await page.goto(`${base}/reports?tab=involvement`);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    for (const y of [0, 1000]) await page.screenshot({ path: `/tmp/shots/${who}-involvement-report-${y}.png`, fullPage: true, clip: { x: 0, y, width: 375, height: 1000 } });
    console.log(who, errors.join("\n"));
    await context.close();
  }
  await closeBrowserApp({ browser, app, database });
}, 200000);
