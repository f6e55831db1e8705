// The CLI may not import @greenfin/reference (tests/architecture.test.ts); the app re-exports the loader.
export { loadPcafReference } from "@greenfin/app";
