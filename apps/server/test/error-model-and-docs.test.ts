import { loadMigrations } from "@greenfin/db";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn, type TestClient, testServer } from "../../../tests/support/http-client";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let app: FastifyInstance;
let district: TestClient;
beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  district = await signedIn(app, "admin@district.demo");
});
afterAll(async () => {
  await app.close();
  await p.close();
});

describe("the one error model", () => {
  it("lists every offending field path with Chinese and English reasons", async () => {
    const res = await district.post("/api/orgs", { kind: "spaceship", nameZh: "", employees: -3 });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe("VALIDATION_FAILED");
    const paths = body.details.problems.map((x: { path: string }) => x.path).sort();
    expect(paths).toEqual(["body.employees", "body.kind", "body.nameEn", "body.nameZh"]);
    const kind = body.details.problems.find((x: { path: string }) => x.path === "body.kind");
    expect(kind.messageZh).toMatch(/^body\.kind：无效选项/);
    expect(kind.messageEn).toMatch(/^body\.kind: Invalid option/);
  });

  it("speaks English when asked", async () => {
    const res = await district.request({
      method: "GET",
      url: "/api/orgs/not-a-uuid",
      headers: { "accept-language": "en-GB,en" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe("The request did not pass validation");
    const zh = await district.get("/api/orgs/not-a-uuid");
    expect(zh.json().message).toBe("提交的数据未通过校验");
  });

  it("answers malformed JSON with BAD_INPUT, not a server error", async () => {
    const res = await district.request({
      method: "POST",
      url: "/api/orgs",
      payload: '{"kind": "bank", ',
      headers: { "content-type": "application/json" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe("BAD_INPUT");
  });

  it("refuses a body over the size limit with PAYLOAD_TOO_LARGE", async () => {
    const res = await district.post("/api/orgs", { kind: "bank", nameZh: "大".repeat(600_000), nameEn: "x" });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("checks what zod cannot: the USCC check character and the industry code", async () => {
    const res = await district.post("/api/orgs", {
      kind: "enterprise",
      nameZh: "校验测试有限公司",
      nameEn: "Check Test Co",
      uscc: "91370212MA3C00000X",
      industryCode: "C3111",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.problems.map((x: { path: string }) => x.path)).toEqual(["uscc", "industryCode"]);
  });

  it("answers an unknown API route with NOT_FOUND in the same shape", async () => {
    const res = await district.get("/api/no-such-thing");
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: "NOT_FOUND", message: "未找到该资源" });
  });
});

describe("documentation and health", () => {
  it("publishes an OpenAPI 3.1 document covering the routes, and an interactive page", async () => {
    const doc = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/auth/login",
        "/api/orgs",
        "/api/orgs/{id}/members",
        "/api/grants",
        "/api/audit",
        "/api/jobs/{id}",
      ]),
    );
    expect(doc.paths["/api/orgs"].post.requestBody.content["application/json"].schema.required).toEqual(
      expect.arrayContaining(["kind", "nameZh", "nameEn"]),
    );
    const page = await app.inject({ method: "GET", url: "/api/docs/" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/text\/html/);
  });

  it("reports the database reachable and migrations current", async () => {
    const res = await app.inject({ method: "GET", url: "/api/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: "ok",
      database: { engine: process.env.GF_TEST_ENGINE, reachable: true },
      migrations: { applied: loadMigrations().length, pending: [], current: true },
    });
  });
});
