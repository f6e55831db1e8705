import { Select } from "antd";
import { useTranslation } from "react-i18next";

/** Picks a reporting year among `years`, newest first. */
export function PcafYearSelect({
  value,
  years,
  onChange,
}: {
  value: number;
  years: readonly number[];
  onChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  const all = [...new Set([value, ...years])].sort((a, b) => b - a);
  return (
    <Select<number>
      value={value}
      onChange={onChange}
      style={{ width: 130 }}
      data-testid="pcaf-year"
      aria-label={t("pcaf.upload.year")}
      options={all.map((y) => ({ value: y, label: t("pcaf.yearN", { year: y }) }))}
    />
  );
}
