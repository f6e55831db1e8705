import type { TOrganisation } from "@greenfin/contracts";
import { Descriptions, type DescriptionsProps, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate } from "../lib/dates";
import { sectionOf } from "../lib/industry";
import { institutionTypeLabel } from "../lib/institutionTypes";
import { useLang } from "../lib/labels";
import { formatYuan, formatYuanExact } from "../lib/money";
import { OrgKindTag } from "./OrgKindTag";

export function IndustryText({ org }: { org: Pick<TOrganisation, "industryCode" | "industryNameZh"> }) {
  const lang = useLang();
  if (!org.industryCode) return <>—</>;
  const section = sectionOf(org.industryCode);
  const name = lang === "en" ? section?.en : (org.industryNameZh ?? section?.zh);
  return (
    <span>
      <Typography.Text code style={{ marginInlineEnd: 6 }}>
        {org.industryCode}
      </Typography.Text>
      {name}
    </span>
  );
}

export function RevenueText({ value }: { value: string | null }) {
  const lang = useLang();
  if (!value) return <>—</>;
  return (
    <Tooltip title={formatYuanExact(value)}>
      <span style={{ fontVariantNumeric: "tabular-nums" }}>{formatYuan(value, lang)}</span>
    </Tooltip>
  );
}

/** All profile fields of an organisation that apply to its kind. */
export function OrgDetails({
  org,
  column = 2,
  showNames = true,
}: {
  org: TOrganisation;
  column?: number;
  showNames?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const isEnterprise = org.kind === "enterprise";
  const items: DescriptionsProps["items"] = [
    ...(showNames
      ? [
          { key: "nameZh", label: t("org.nameZh"), children: org.nameZh },
          { key: "nameEn", label: t("org.nameEn"), children: org.nameEn },
        ]
      : []),
    { key: "kind", label: t("org.kind"), children: <OrgKindTag kind={org.kind} /> },
    ...(org.uscc || isEnterprise
      ? [{ key: "uscc", label: t("org.uscc"), children: <span className="gf-mono">{org.uscc ?? "—"}</span> }]
      : []),
    ...(isEnterprise
      ? [
          { key: "industry", label: t("org.industry"), children: <IndustryText org={org} /> },
          { key: "size", label: t("org.size"), children: org.size ? t(`sizes.${org.size}`) : "—" },
          {
            key: "employees",
            label: t("org.employees"),
            children: org.employees === null ? "—" : t("org.people", { count: org.employees }),
          },
          { key: "revenue", label: t("org.revenue"), children: <RevenueText value={org.revenueCny} /> },
        ]
      : [
          {
            key: "institutionType",
            label: t("org.institutionType"),
            children: institutionTypeLabel(org.institutionType, lang),
          },
        ]),
    { key: "area", label: t("org.area"), children: org.area ?? "—" },
    { key: "address", label: t("org.address"), children: org.address ?? "—", span: column > 1 ? 2 : 1 },
    { key: "createdAt", label: t("org.createdAt"), children: formatDate(org.createdAt, lang) },
  ];
  return <Descriptions column={column} size="small" items={items} styles={{ label: { color: "rgba(0,0,0,0.5)" } }} />;
}
