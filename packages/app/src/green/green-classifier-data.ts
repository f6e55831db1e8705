import type { GreenClassifierData } from "@greenfin/domain";
import {
  loadBlueFinanceCategories,
  loadGreenCrosswalks,
  loadGreenTaxonomy,
  loadGreenVocabulary,
  loadTransitionFinanceReferences,
} from "@greenfin/reference";

/**
 * What the green classifier is built from, read and checked once by the reference loaders (pinned hashes, schemas,
 * cross-checks): the 2025 catalogue, its vocabulary, the 2025 → IFC blue crosswalk with the categories' names and
 * the transition-finance sectors. The domain reads no files; transports (CLI, server) call this and pass the data on.
 */
export function loadGreenClassifierData(): GreenClassifierData {
  const crosswalks = loadGreenCrosswalks();
  return {
    catalogue: loadGreenTaxonomy(),
    vocabulary: loadGreenVocabulary(),
    blue: {
      ref: crosswalks.ref,
      links: crosswalks.cn2025ToBlue.links,
      categories: loadBlueFinanceCategories().nodes,
    },
    transition: loadTransitionFinanceReferences(),
  };
}
