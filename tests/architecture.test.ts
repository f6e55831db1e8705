/**
 * The dependency rule, checked on every import of every source file: each layer may import only
 * the layers below it, and the domain stays pure (no I/O, clock, environment or randomness).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();

/** Which workspace packages each layer may import. */
const ALLOWED: Record<string, string[]> = {
  "packages/domain": [],
  "packages/reference": [],
  "packages/db": [],
  "packages/contracts": ["@greenfin/domain"],
  "packages/app": ["@greenfin/domain", "@greenfin/reference", "@greenfin/db", "@greenfin/contracts"],
  "apps/server": ["@greenfin/app", "@greenfin/contracts"],
  "apps/cli": ["@greenfin/app", "@greenfin/server", "@greenfin/db", "@greenfin/domain", "@greenfin/contracts"],
  "apps/web": ["@greenfin/contracts"],
};

/** npm packages the pure domain may use: computation only. */
const DOMAIN_LIBRARIES = ["@noble/hashes", "pure-rand", "decimal.js"];
const IMPURE = [/process\.env/, /Date\.now\(\)/, /new Date\(\)/, /Math\.random\(\)/];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found = [
    ...text.matchAll(/(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g),
  ];
  return found.map((m) => (m[1] ?? m[2]) as string);
}

const packageOf = (spec: string) =>
  spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!;

describe("the layers and the dependency rule", () => {
  for (const [layer, allowed] of Object.entries(ALLOWED)) {
    it(`${layer} imports only ${allowed.length ? allowed.join(", ") : "no other layer"}`, () => {
      const violations: string[] = [];
      const files = sourceFiles(join(ROOT, layer, "src"));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        for (const spec of importsOf(file)) {
          const where = `${relative(ROOT, file)} imports ${spec}`;
          if (spec.startsWith("@greenfin/") && !allowed.includes(packageOf(spec))) violations.push(where);
          if (spec.startsWith(".") && !join(file, "..", spec).startsWith(join(ROOT, layer))) violations.push(where);
          if (layer === "packages/domain" && !spec.startsWith(".") && !DOMAIN_LIBRARIES.includes(packageOf(spec))) {
            violations.push(where);
          }
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it("keeps the domain free of the clock, the environment and randomness", () => {
    const hits = sourceFiles(join(ROOT, "packages/domain/src")).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line, i }))
        .filter(
          ({ line }) =>
            !line.trim().startsWith("//") && !line.trim().startsWith("*") && IMPURE.some((re) => re.test(line)),
        )
        .map(({ i }) => `${relative(ROOT, file)}:${i + 1}`),
    );
    expect(hits).toEqual([]);
  });

  it("would catch a violation (the checker itself works)", () => {
    expect(importsOf(join(ROOT, "apps/server/src/build-server.ts"))).toEqual(
      expect.arrayContaining(["@greenfin/app", "fastify"]),
    );
    expect(packageOf("@greenfin/db/src/x")).toBe("@greenfin/db");
  });
});
