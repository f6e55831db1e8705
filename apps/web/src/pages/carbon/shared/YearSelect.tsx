import { Select } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { defaultYear, yearOptions } from "./format";

/** The year in the address (?year=), last calendar year when absent; setting it starts a fresh query string. */
export function useYearParam(fallback: number = defaultYear()): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  return [Number(params.get("year")) || fallback, (year) => setParams({ year: String(year) })];
}

/** Picks an accounting year: the years around last year, and any `known` ones (years with accounts). */
export function YearSelect({
  value,
  onChange,
  known = [],
}: {
  value: number;
  onChange: (year: number) => void;
  known?: readonly number[];
}) {
  const { t } = useTranslation();
  return (
    <Select<number>
      value={value}
      onChange={onChange}
      style={{ width: 130 }}
      data-testid="carbon-year"
      aria-label={t("carbon.year")}
      options={yearOptions(defaultYear(), known).map((y) => ({ value: y, label: t("carbon.yearN", { year: y }) }))}
    />
  );
}
