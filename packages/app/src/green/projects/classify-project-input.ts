/**
 * Classifies a project's text with the stored corrections applied, and the columns a project keeps of the answer:
 * the whole classification (JSON), its catalogue and vocabulary versions, the text's fingerprint, and the top
 * proposal's code, confidence and blue / transition flags.
 */
import type { TClassifyBody, TGreenClassification, TGreenProjectInput } from "@greenfin/contracts";
import type { GreenClassification } from "@greenfin/domain";
import { requirePermission } from "../../access/tenancy";
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import { currentClassifier } from "./green-classifier-cache";

export async function classifyText(p: Platform, input: TClassifyBody): Promise<GreenClassification> {
  const classifier = await currentClassifier(p.db);
  return classifier.classifyProject({
    name: input.name ?? null,
    description: input.description,
    industryCode: input.industryCode ?? null,
    parameters: input.parameters ?? [],
  });
}

/** POST /api/green/classify: any signed-in reader may try the classifier (nothing is stored). */
export async function classifyForActor(p: Platform, actor: Actor, input: TClassifyBody): Promise<TGreenClassification> {
  requirePermission(actor, "read");
  // The domain's result is deeply readonly; the contract's type is the same shape, mutable.
  return (await classifyText(p, input)) as unknown as TGreenClassification;
}

export interface ClassificationColumns {
  classification: string;
  catalogue: string;
  vocabulary: string;
  fingerprint: string;
  proposedCategory: string | null;
  proposedConfidence: number | null;
  blue: boolean;
  transition: boolean;
}

export async function classifyProjectInput(
  p: Platform,
  input: TGreenProjectInput,
  industryCode: string,
): Promise<ClassificationColumns> {
  const c = await classifyText(p, {
    name: input.name,
    description: input.description,
    industryCode,
    parameters: input.parameters,
  });
  return {
    classification: JSON.stringify(c),
    catalogue: c.catalogue,
    vocabulary: c.vocabulary,
    fingerprint: c.fingerprint,
    proposedCategory: c.top?.code ?? null,
    proposedConfidence: c.top?.confidence ?? null,
    blue: c.blue.relevant,
    transition: c.transition.relevant,
  };
}
