import type { TMarketProduct } from "@greenfin/contracts";
import { Descriptions, Empty, Space, Tag } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/labels";
import { formatYuan } from "../../../lib/money";
import { useDeskLabel } from "./deskLabels";

type Rules = TMarketProduct["eligibility"];
type Range = { min?: number; max?: number } | undefined;

/** "100万 – 5,000万" style text of a range; null when the range places no condition. */
export function useRangeText() {
  const { t } = useTranslation();
  return (r: Range, fmt: (n: number) => string): string | null => {
    if (!r || (r.min === undefined && r.max === undefined)) return null;
    if (r.min !== undefined && r.max !== undefined)
      return t("marketDesk.products.elig.rangeBoth", { min: fmt(r.min), max: fmt(r.max) });
    if (r.min !== undefined) return t("marketDesk.products.elig.rangeMin", { min: fmt(r.min) });
    return t("marketDesk.products.elig.rangeMax", { max: fmt(r.max as number) });
  };
}

const tags = (items: readonly string[] | undefined, label: (s: string) => string) =>
  items && items.length > 0 ? (
    <Space size={[4, 4]} wrap>
      {items.map((i) => (
        <Tag key={i}>{label(i)}</Tag>
      ))}
    </Space>
  ) : null;

/** A product's eligibility rules, read as sentences: each rule present is one line, an absent rule places no condition. */
export function EligibilityView({ rules }: { rules: Rules }) {
  const { t } = useTranslation();
  const label = useDeskLabel();
  const range = useRangeText();
  const lang = useLang();
  const yuan = (n: number) => formatYuan(String(n), lang);
  const months = (n: number) => `${n} ${t("marketDesk.common.months")}`;
  const lines: [string, ReactNode][] = [];
  const push = (k: string, v: ReactNode | null | undefined) => {
    if (v !== null && v !== undefined) lines.push([k, v]);
  };
  push(
    t("marketDesk.products.elig.industries"),
    tags(rules.industries, (s) => s),
  );
  push(
    t("marketDesk.products.elig.catalogueCategories"),
    tags(rules.catalogueCategories, (s) => s),
  );
  push(t("marketDesk.products.elig.minEsgGrade"), rules.minEsgGrade && <Tag color="green">{rules.minEsgGrade}</Tag>);
  push(
    t("marketDesk.products.elig.maxCarbonGrade"),
    rules.maxCarbonGrade !== undefined
      ? t("marketDesk.products.elig.carbonGradeN", { grade: rules.maxCarbonGrade })
      : null,
  );
  push(t("marketDesk.products.elig.amount"), range(rules.amount, yuan));
  push(t("marketDesk.products.elig.tenor"), range(rules.tenorMonths, months));
  push(
    t("marketDesk.products.elig.collateral"),
    tags(rules.collateral, (s) => label("collateral", s)),
  );
  push(
    t("marketDesk.products.elig.sizes"),
    tags(rules.enterpriseSizes, (s) => label("size", s)),
  );
  push(
    t("marketDesk.products.elig.purposes"),
    tags(rules.purposes, (s) => label("purpose", s)),
  );
  push(
    t("marketDesk.products.elig.consents"),
    tags(rules.requiredConsents, (s) => label("consent", s)),
  );
  if (lines.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("marketDesk.products.elig.noRules")} />;
  return (
    <Descriptions size="small" column={1} bordered data-testid="product-eligibility">
      {lines.map(([k, v]) => (
        <Descriptions.Item key={k} label={k}>
          {v}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

/** The one-line summary of a table cell: grade, amount and tenor, collateral. */
export function useEligibilitySummary() {
  const { t } = useTranslation();
  const label = useDeskLabel();
  const range = useRangeText();
  const lang = useLang();
  return (rules: Rules): string => {
    const wan = (n: number) => formatYuan(String(n), lang);
    const parts = [
      rules.minEsgGrade ? `ESG≥${rules.minEsgGrade}` : null,
      rules.maxCarbonGrade !== undefined
        ? `${t("marketDesk.products.elig.maxCarbonGrade")} ${rules.maxCarbonGrade}`
        : null,
      range(rules.amount, wan),
      range(rules.tenorMonths, (n) => `${n} ${t("marketDesk.common.months")}`),
      rules.collateral?.length ? rules.collateral.map((c) => label("collateral", c)).join(" / ") : null,
      rules.industries?.length ? `${t("marketDesk.products.elig.industries")} ${rules.industries.join(", ")}` : null,
    ].filter(Boolean);
    return parts.length ? parts.join(" · ") : t("marketDesk.products.elig.noRules");
  };
}
