import { deepFreeze, parseReferenceData, ReferenceDataError } from "../data-file";
import { checkPinnedDirectory, readGreenJson } from "./green-data-files";
import { type GreenVocabularyFile, zVocabulary } from "./green-taxonomy.schema";
import { checkVocabulary } from "./green-taxonomy-checks";
import { DEFAULT_GREEN_TAXONOMY, type GreenTaxonomy, loadGreenTaxonomy } from "./load-green-taxonomy";

/**
 * The keyword vocabulary of a catalogue's deepest-level items (vocabulary.json beside the tree): per item Chinese and
 * English terms, exclusion terms and an activity kind; activity cues; global exclusions (coal utilisation removed in
 * 2025, …) with override terms. GreenFin's own writing (verification `analyst`), checked against the tree: every
 * item listed, with its name, at least one term per language and no empty term.
 */
export interface GreenVocabulary extends GreenVocabularyFile {
  readonly sha256: string | null;
}

/** Validates a vocabulary against the catalogue it was written for. */
export function parseGreenVocabulary(
  raw: unknown,
  taxonomy: GreenTaxonomy,
  sha256: string | null = null,
): GreenVocabulary {
  const file = parseReferenceData(zVocabulary, raw, `${taxonomy.ref} vocabulary.json`);
  const problems = checkVocabulary(file, taxonomy.ref, taxonomy.meta, taxonomy.nodes);
  if (problems.length)
    throw new ReferenceDataError(
      `${taxonomy.ref} vocabulary.json is not consistent:\n${problems.map((p) => `✖ ${p}`).join("\n")}`,
    );
  return deepFreeze({ ...file, sha256 });
}

const cache = new Map<string, GreenVocabulary>();

/** The vocabulary shipped with a catalogue version (only cn-green-2025 has one). */
export function loadGreenVocabulary(ref: string = DEFAULT_GREEN_TAXONOMY): GreenVocabulary {
  let vocabulary = cache.get(ref);
  if (!vocabulary) {
    if (ref !== DEFAULT_GREEN_TAXONOMY)
      throw new RangeError(`No vocabulary for ${ref}; available: ${DEFAULT_GREEN_TAXONOMY}`);
    const taxonomy = loadGreenTaxonomy(ref);
    vocabulary = parseGreenVocabulary(
      readGreenJson(`${ref}/`, "vocabulary.json"),
      taxonomy,
      checkPinnedDirectory(`${ref}/`),
    );
    cache.set(ref, vocabulary);
  }
  return vocabulary;
}
