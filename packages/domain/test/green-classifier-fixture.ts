import { buildGreenClassifier, type GreenClassifierData, type GreenClassifierOptions } from "@greenfin/domain";
import {
  loadBlueFinanceCategories,
  loadGreenCrosswalks,
  loadGreenTaxonomy,
  loadGreenVocabulary,
  loadTransitionFinanceReferences,
} from "@greenfin/reference";

/** The shipped reference data, as the CLI passes it to the domain (through the app's loadGreenClassifierData). */
export function shippedGreenData(): GreenClassifierData {
  const crosswalks = loadGreenCrosswalks();
  return {
    catalogue: loadGreenTaxonomy(),
    vocabulary: loadGreenVocabulary(),
    blue: { ref: crosswalks.ref, links: crosswalks.cn2025ToBlue.links, categories: loadBlueFinanceCategories().nodes },
    transition: loadTransitionFinanceReferences(),
  };
}

export const shippedClassifier = (options?: GreenClassifierOptions) =>
  buildGreenClassifier(shippedGreenData(), options);
