import { AppError, DEFAULT_CARBON_FACTOR_SET_VERSION, loadCarbonFactorSet } from "@greenfin/app";
import type { CarbonFactorSetData } from "@greenfin/domain";

/** The factor-set version `greenfin carbon calc` uses unless told otherwise. */
export const CARBON_FACTOR_SET_VERSION = DEFAULT_CARBON_FACTOR_SET_VERSION;

/** A released factor set, loaded and validated by the reference package (through the app, per the layer rule). */
export function loadFactorSet(version: string = CARBON_FACTOR_SET_VERSION): CarbonFactorSetData {
  try {
    return loadCarbonFactorSet(version);
  } catch (error) {
    if (error instanceof RangeError)
      throw new AppError("BAD_INPUT", { zh: `没有 ${version} 版因子库`, en: `No carbon factor set ${version}` });
    throw error;
  }
}
