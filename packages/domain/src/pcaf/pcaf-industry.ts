import type { PcafReferenceData } from "./pcaf-types";

export interface PcafSector {
  /** Canonical: section letter + digits ("C", "C30", "C3011"). */
  readonly code: string;
  readonly section: string;
  /** "C30", or null for a section-only code. */
  readonly division: string | null;
}

/**
 * Reads a GB/T 4754 code as entered: "C", "C30", "30", "C3011" or "3011" (case and spaces ignored). Undefined when
 * it is malformed, unknown, or its letter contradicts its digits. Three-digit group codes are not accepted.
 */
export function readSector(code: string, industry: PcafReferenceData["industry"]): PcafSector | undefined {
  const match = /^([A-T])?(\d{2}|\d{4})?$/.exec(code.trim().toUpperCase());
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const [, letter, digits] = match;
  if (digits === undefined)
    return industry.sections.some((s) => s.code === letter)
      ? { code: letter as string, section: letter as string, division: null }
      : undefined;
  const section = industry.divisionSection[digits.slice(0, 2)];
  if (section === undefined || (letter !== undefined && letter !== section)) return undefined;
  return { code: section + digits, section, division: section + digits.slice(0, 2) };
}
