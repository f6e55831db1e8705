import { SearchOutlined } from "@ant-design/icons";
import { GREEN_PROJECT_STAGES } from "@greenfin/contracts";
import { Button, Input, Select, Space } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { GreenProjectFilters } from "../../../api/green";
import { useLang } from "../../../lib/labels";
import { GREEN_AREAS } from "../shared/areas";
import { CategoryCascader } from "../shared/CategoryCascader";

const YUAN = /^\d{1,15}(\.\d{1,2})?$/;

/** Typed text reaches the query a moment after the last key. */
function useDebounced(value: string, ms = 350) {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

/** The library's filters: keyword, stage, category (any level), industry, area, financing-need range, blue. */
export function LibraryFilters({
  value,
  onChange,
}: {
  value: GreenProjectFilters;
  onChange: (f: GreenProjectFilters) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [q, setQ] = useState(value.q ?? "");
  const [industry, setIndustry] = useState(value.industry ?? "");
  const [min, setMin] = useState(value.minAmount ?? "");
  const [max, setMax] = useState(value.maxAmount ?? "");
  const dq = useDebounced(q);
  const di = useDebounced(industry);
  const dmin = useDebounced(min);
  const dmax = useDebounced(max);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the debounced texts are the trigger
  useEffect(() => {
    onChange({
      ...value,
      q: dq.trim() || undefined,
      industry: di.trim().toUpperCase() || undefined,
      minAmount: YUAN.test(dmin.trim()) ? dmin.trim() : undefined,
      maxAmount: YUAN.test(dmax.trim()) ? dmax.trim() : undefined,
    });
  }, [dq, di, dmin, dmax]);

  return (
    <Space wrap size={8}>
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t("green.filter.q")}
        style={{ width: 220 }}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        data-testid="green-filter-q"
      />
      <Select
        allowClear
        placeholder={t("green.filter.stage")}
        style={{ width: 130 }}
        value={value.stage}
        onChange={(stage) => onChange({ ...value, stage })}
        data-testid="green-filter-stage"
        options={GREEN_PROJECT_STAGES.map((s) => ({ value: s, label: t(`green.stage.${s}`) }))}
      />
      <CategoryCascader
        anyLevel
        value={value.category}
        onChange={(category) => onChange({ ...value, category })}
        style={{ width: 220 }}
        testId="green-filter-category"
      />
      <Input
        allowClear
        placeholder={t("green.filter.industry")}
        style={{ width: 150 }}
        value={industry}
        onChange={(e) => setIndustry(e.target.value)}
        data-testid="green-filter-industry"
      />
      <Select
        allowClear
        placeholder={t("green.filter.area")}
        style={{ width: 130 }}
        value={value.area}
        onChange={(area) => onChange({ ...value, area })}
        options={GREEN_AREAS.map((a) => ({ value: a.zh, label: lang === "en" ? a.en : a.zh }))}
      />
      <Space.Compact>
        <Input
          allowClear
          placeholder={t("green.filter.minAmount")}
          style={{ width: 170 }}
          value={min}
          onChange={(e) => setMin(e.target.value)}
          status={min && !YUAN.test(min.trim()) ? "error" : undefined}
        />
        <Input
          allowClear
          placeholder={t("green.filter.maxAmount")}
          style={{ width: 120 }}
          value={max}
          onChange={(e) => setMax(e.target.value)}
          status={max && !YUAN.test(max.trim()) ? "error" : undefined}
        />
      </Space.Compact>
      <Select
        allowClear
        placeholder={t("green.filter.blue")}
        style={{ width: 130 }}
        value={value.blue}
        onChange={(blue) => onChange({ ...value, blue })}
        options={[
          { value: "true", label: t("green.filter.blueYes") },
          { value: "false", label: t("green.filter.blueNo") },
        ]}
      />
      <Button
        onClick={() => {
          setQ("");
          setIndustry("");
          setMin("");
          setMax("");
          onChange({});
        }}
      >
        {t("green.filter.reset")}
      </Button>
    </Space>
  );
}
