import { type Assessment, Trace, uncovered } from "./pcaf-assessment";
import { attribute, attributionLines } from "./pcaf-attribution";
import { Dec, show, THOUSAND } from "./pcaf-decimal";
import type { PcafIndex } from "./pcaf-reference-index";
import type { PcafPosition } from "./pcaf-types";

const OUTSTANDING = { zh: "余额", en: "outstanding" };

/**
 * Commercial real estate and mortgages, PCAF 5.4 / 5.5: building emissions × outstanding / property value at
 * origination. Building emissions: floor area × the type's kgCO2e/m² (option 2b), else the type's per-building
 * figure (option 3).
 */
export function assessBuilding(position: PcafPosition, sector: string | null, index: PcafIndex): Assessment {
  const trace = new Trace();
  const attribution = attribute(
    new Dec(position.outstanding),
    { kind: "property_value", value: new Dec(position.propertyValue as string) },
    new Dec(index.data.attributionCap.value),
  );
  trace.lines(attributionLines(attribution, OUTSTANDING));
  const building = index.building(position.buildingType, position.assetClass);
  if (!building) {
    trace.line("没有适用的建筑排放因子：未覆盖", "no building emission factor applies: not covered");
    return uncovered(sector, attribution, trace);
  }
  let emissions: Dec;
  if (position.floorAreaM2 !== null) {
    trace.factor({ ...building, value: building.perM2, unit: "kgCO2e/m2/year" });
    emissions = new Dec(position.floorAreaM2).times(building.perM2).div(THOUSAND);
    trace.line(
      `建筑排放 = 建筑面积 × ${building.id} ÷ 1000 = ${position.floorAreaM2} m² × ${building.perM2} kgCO2e/m² ÷ 1000 = ${show(emissions)} tCO2e`,
      `building emissions = floor area × ${building.id} ÷ 1000 = ${position.floorAreaM2} m² × ${building.perM2} kgCO2e/m² ÷ 1000 = ${show(emissions)} tCO2e`,
    );
  } else {
    trace.factor({ ...building, value: building.perBuilding, unit: "kgCO2e/building/year" });
    emissions = new Dec(building.perBuilding).div(THOUSAND);
    trace.line(
      `无建筑面积：按每栋（套）平均排放 ${building.id} = ${show(emissions)} tCO2e`,
      `no floor area: average emissions per building (dwelling) ${building.id} = ${show(emissions)} tCO2e`,
    );
  }
  const financed = attribution.factor.times(emissions);
  trace.line(
    `投融资排放 = 归因因子 × 建筑排放 = ${show(financed)} tCO2e`,
    `financed emissions = attribution factor × building emissions = ${show(financed)} tCO2e`,
  );
  return {
    sector,
    attribution,
    emissions: { scope12: emissions, scope3: null },
    financedScope12: financed,
    financedScope3: null,
    evidence: position.floorAreaM2 !== null ? "floor_area_estimate" : "building_count_estimate",
    intensity: null,
    factors: trace.factors,
    zh: trace.zh,
    en: trace.en,
  };
}

/** Motor vehicle loans, PCAF 5.6: vehicle emissions × outstanding / vehicle value at origination. */
export function assessVehicle(position: PcafPosition, sector: string | null, index: PcafIndex): Assessment {
  const trace = new Trace();
  const attribution = attribute(
    new Dec(position.outstanding),
    { kind: "vehicle_value", value: new Dec(position.vehicleValue as string) },
    new Dec(index.data.attributionCap.value),
  );
  trace.lines(attributionLines(attribution, OUTSTANDING));
  const vehicle = index.vehicle(position.vehicleType);
  if (!vehicle) {
    trace.line("没有适用的车辆排放因子：未覆盖", "no vehicle emission factor applies: not covered");
    return uncovered(sector, attribution, trace);
  }
  trace.factor({ ...vehicle, unit: "tCO2e/vehicle/year" });
  const emissions = new Dec(vehicle.value);
  const financed = attribution.factor.times(emissions);
  trace.line(
    `投融资排放 = 归因因子 × 车辆年排放 ${vehicle.id} = ${show(attribution.factor, 12)} × ${vehicle.value} = ${show(financed)} tCO2e`,
    `financed emissions = attribution factor × annual vehicle emissions ${vehicle.id} = ${show(attribution.factor, 12)} × ${vehicle.value} = ${show(financed)} tCO2e`,
  );
  return {
    sector,
    attribution,
    emissions: { scope12: emissions, scope3: null },
    financedScope12: financed,
    financedScope3: null,
    evidence: position.vehicleType !== null ? "vehicle_type_estimate" : "vehicle_average_estimate",
    intensity: null,
    factors: trace.factors,
    zh: trace.zh,
    en: trace.en,
  };
}
