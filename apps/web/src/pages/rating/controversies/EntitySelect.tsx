import { useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ratingApi } from "../../../api/rating";
import { OrgSelect } from "../../../components/OrgSelect";
import { orgName, useLang } from "../../../lib/labels";
import { useRatingAccess } from "../shared/access";
import { useRuns } from "../shared/queries";

interface Props {
  value?: string | undefined;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  style?: React.CSSProperties;
  allowClear?: boolean;
  testId?: string;
  id?: string;
}

/**
 * Picks the organisation a controversy is about. The district searches the whole directory; a rating agency cannot
 * (enterprise profiles are not public), so it searches the entities of its latest run of each methodology.
 */
export function EntitySelect(props: Props) {
  const a = useRatingAccess();
  if (!a.agency) return <OrgSelect {...props} />;
  return <RatedEntitySelect {...props} />;
}

function RatedEntitySelect({ value, onChange, placeholder, style, allowClear, testId, id }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const runs = useRuns();
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  const [known, setKnown] = useState<Map<string, { nameZh: string; nameEn: string }>>(new Map());
  useEffect(() => {
    const h = window.setTimeout(() => setQ(typed.trim()), 300);
    return () => window.clearTimeout(h);
  }, [typed]);
  // The latest finished run of each methodology: together they cover every entity the agency rates.
  const latest = useMemo(() => {
    const seen = new Set<string>();
    return (runs.data ?? []).filter((r) => {
      if ((r.status !== "completed" && r.status !== "published") || seen.has(r.methodology)) return false;
      seen.add(r.methodology);
      return true;
    });
  }, [runs.data]);
  const found = useQuery({
    queryKey: ["rating", "entity-search", latest.map((r) => r.id), q],
    queryFn: async () => {
      const pages = await Promise.all(
        latest.map((r) => ratingApi.results(r.id, { page: 1, pageSize: 20, q: q || undefined })),
      );
      const byId = new Map<string, { nameZh: string; nameEn: string }>();
      for (const p of pages) for (const row of p.items) byId.set(row.entity.id, row.entity);
      return byId;
    },
    enabled: latest.length > 0,
  });
  useEffect(() => {
    if (found.data) setKnown((k) => new Map([...k, ...found.data]));
  }, [found.data]);
  const options = [...(found.data ?? new Map()).entries()].map(([value, e]) => ({ value, label: orgName(e, lang) }));
  const current = value ? known.get(value) : undefined;
  if (value && current && !options.some((o) => o.value === value))
    options.unshift({ value, label: orgName(current, lang) });
  return (
    <Select
      id={id}
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      value={value}
      onChange={(v) => onChange?.(v)}
      loading={found.isFetching}
      placeholder={placeholder ?? t("grants.granteePlaceholder")}
      options={options}
      allowClear={allowClear}
      style={{ width: "100%", ...style }}
      notFoundContent={found.isFetching ? t("common.loading") : undefined}
    />
  );
}
