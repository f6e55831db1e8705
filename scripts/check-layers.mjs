#!/usr/bin/env node
// The dependency rule is a test (tests/architecture.test.ts); lint runs it too, so a broken rule
// fails `npm run lint` as well as `npm test`.
import { spawnSync } from "node:child_process";

const r = spawnSync("npx", ["vitest", "run", "--project", "unit", "tests/architecture.test.ts"], { stdio: "inherit" });
process.exit(r.status ?? 1);
