/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters, the last a check
 * character computed modulo 31 over the first 17 with fixed position weights.
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError("USCC body must have 17 characters");
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`Character ${first17.charAt(i)} is not allowed in a USCC`);
    sum += value * (WEIGHTS[i] as number);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

export function isValidUscc(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  return usccCheckCharacter(code.slice(0, 17)) === code.charAt(17);
}

export { ALPHABET as USCC_ALPHABET };
