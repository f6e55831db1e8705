import { Select } from "antd";
import { useTranslation } from "react-i18next";

export function YearSelect({
  value,
  years,
  onChange,
}: {
  value: number;
  years: readonly number[];
  onChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select<number>
      value={value}
      onChange={onChange}
      style={{ width: 130 }}
      data-testid="carbon-year"
      aria-label={t("carbon.year")}
      options={years.map((y) => ({ value: y, label: t("carbon.yearN", { year: y }) }))}
    />
  );
}
