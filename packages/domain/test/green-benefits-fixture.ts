import { loadBenefitMethodSet, loadCarbonFactorSet } from "@greenfin/reference";
import type { BenefitFactorResolution, BenefitMethodSetData } from "../src/index";

/** The shipped method set, and the factors the app would resolve for 2023 (national average 0.5306 tCO2/MWh). */
export const benefitSet: BenefitMethodSetData = loadBenefitMethodSet();

const carbon = loadCarbonFactorSet();
const record = (id: string) => {
  const r = [...carbon.fuels, ...carbon.densities].find((x) => x.id === id);
  if (!r) throw new Error(`no carbon record ${id}`);
  return { value: r.value, unit: r.unit, source: r.source, verification: r.status };
};

export const resolution2023: BenefitFactorResolution = {
  grid: {
    region: "national",
    year: 2023,
    value: "0.5306",
    unit: "tCO2/MWh",
    source: "MEE/NBS 2023 electricity CO2 factors (test)",
    verification: "verified-secondary",
  },
  carbon: Object.fromEntries(
    [
      "fuel.raw_coal.a",
      "fuel.natural_gas.a",
      "fuel.diesel.a",
      "fuel.gasoline.a",
      "density.gasoline",
      "density.diesel",
    ].map((id) => [id, record(id)]),
  ),
};
