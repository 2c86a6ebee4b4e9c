import { expect, test } from "@playwright/test";
import { SEEDED_POSTING_SLUGS } from "./support/constants";

test("GET /api/health answers 200 with JSON", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
});

for (const path of ["/", "/jobs", ...SEEDED_POSTING_SLUGS.map((slug) => `/jobs/${slug}`)]) {
  test(`GET ${path} answers 200`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status(), `${path} status`).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/html");
  });
}
