import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listRatingMethodologies, loadRatingMethodology, renderMethodologyPage } from "../src/index";

describe("methodology pages generated from the data", () => {
  for (const { ref } of listRatingMethodologies()) {
    it(`docs/methodology for ${ref} is what its data says (run npm run docs:methodology after a new version)`, () => {
      const file = new URL(`../../../docs/methodology/${ref.replace("@", "-")}.md`, import.meta.url);
      const page = renderMethodologyPage(loadRatingMethodology(ref));
      expect(readFileSync(file, "utf8")).toBe(page);
      // Every scored indicator and every industry group's weights appear on the page.
      const m = loadRatingMethodology(ref);
      for (const k of m.pillars.flatMap((p) => p.themes.flatMap((t) => t.keyIssues)))
        for (const i of k.indicators) expect(page).toContain(`| ${i.id} `);
      for (const g of m.materiality.groups) expect(page).toContain(g.name.zh);
    });
  }
});
