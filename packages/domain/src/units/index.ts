export {
  CONVERSION_DECIMAL_PLACES,
  type Conversion,
  convert,
  findUnit,
  toCanonical,
  UnitConversionError,
  type UnitErrorCode,
} from "./convert";
export {
  CANONICAL_UNITS,
  ELECTRICITY_TCE_PER_MWH,
  GJ_PER_TCE,
  UNITS,
  type UnitDefinition,
  type UnitDimension,
} from "./units";
