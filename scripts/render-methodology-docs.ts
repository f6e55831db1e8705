/** `npm run docs:methodology`: writes docs/methodology/<ref>.md for every rating methodology, from its data. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listRatingMethodologies, loadRatingMethodology, renderMethodologyPage } from "@greenfin/reference";

const dir = join(process.cwd(), "docs", "methodology");
mkdirSync(dir, { recursive: true });
for (const { ref } of listRatingMethodologies()) {
  writeFileSync(join(dir, `${ref.replace("@", "-")}.md`), renderMethodologyPage(loadRatingMethodology(ref)));
  process.stdout.write(`docs/methodology/${ref.replace("@", "-")}.md\n`);
}
