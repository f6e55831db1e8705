import { Select, Space } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useOrg, useOrgList } from "../api/hooks";
import { type OrgKind, orgName, useLang } from "../lib/labels";
import { OrgKindTag } from "./OrgKindTag";

interface Props {
  kind?: OrgKind | undefined;
  value?: string;
  onChange?: (id: string | undefined) => void;
  excludeId?: string;
  placeholder?: string;
  style?: React.CSSProperties;
  allowClear?: boolean;
  testId?: string;
  /** Given by Form.Item so that the field's label points at this control. */
  id?: string;
}

/** Pick an organisation by typing part of its name; searches the server as you type. */
export function OrgSelect({ kind, value, onChange, excludeId, placeholder, style, allowClear, testId, id }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const id = window.setTimeout(() => setQ(typed.trim()), 300);
    return () => window.clearTimeout(id);
  }, [typed]);
  const { data, isFetching } = useOrgList({ kind, q: q || undefined, page: 1, pageSize: 30 });
  const current = useOrg(value);
  const items = data?.items ?? [];
  const withCurrent = current.data && !items.some((o) => o.id === value) ? [current.data, ...items] : items;
  const options = withCurrent
    .filter((o) => o.id !== excludeId)
    .map((o) => ({
      value: o.id,
      text: orgName(o, lang),
      label: (
        <Space size={6}>
          <OrgKindTag kind={o.kind} />
          <span>{orgName(o, lang)}</span>
        </Space>
      ),
    }));

  return (
    <Select
      id={id}
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      value={value}
      onChange={(v) => onChange?.(v)}
      loading={isFetching}
      placeholder={placeholder ?? t("grants.granteePlaceholder")}
      options={options}
      allowClear={allowClear}
      style={{ width: "100%", ...style }}
      notFoundContent={isFetching ? t("common.loading") : undefined}
    />
  );
}
