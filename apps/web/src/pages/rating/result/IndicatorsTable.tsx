import type { TRatingResultDetail } from "@greenfin/contracts";
import { Card, Segmented, Select, Space, Tag, Tooltip } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { IndicatorExplanation } from "../../../api/rating";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { orgName, useLang } from "../../../lib/labels";
import { basisText, bi, fixed, maybe, ratioText, valueText } from "../shared/format";
import { SourceTag } from "../shared/widgets";

const FLAG_COLORS: Record<string, string> = {
  clamped: "blue",
  peer_fallback_thresholds: "purple",
  imputed_industry_median: "gold",
  no_peers_for_median: "red",
  no_credit: "red",
  excluded_reweighted: "default",
  zero_denominator: "orange",
};

type Pillar = "all" | "E" | "S" | "G";

/** Where a value came from: a disclosure revision (a link for those who can open it) or the platform's derivation. */
function DataSource({ source, canOpen }: { source: string | null; canOpen: boolean }) {
  const { t } = useTranslation();
  if (!source) return null;
  const rev = /^disclosure (\S+) revision (\d+)$/.exec(source);
  if (rev) {
    const label = t("rating.result.disclosureRevision", { revision: rev[2] });
    return canOpen ? (
      <Link to={`/disclosure/${rev[1]}`} className="gf-sub">
        {label}
      </Link>
    ) : (
      <Tooltip title={source}>
        <span className="gf-sub">{label}</span>
      </Tooltip>
    );
  }
  const derived = /^platform:\s*(.*)$/.exec(source);
  return (
    <Tooltip title={derived ? derived[1] : source}>
      <span className="gf-sub" style={{ textDecoration: "underline dotted" }}>
        {derived ? t("rating.result.platformDerived") : source}
      </span>
    </Tooltip>
  );
}

/**
 * Every indicator the score is made of: the raw value as disclosed (and a ratio's operands), the normalised score,
 * the effective weight, the contribution in points, where the value came from, flags, and the basis in words.
 */
export function IndicatorsTable({
  detail,
  canOpenDisclosure,
}: {
  detail: TRatingResultDetail;
  canOpenDisclosure: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const x = detail.explanation;
  const issues = useMemo(() => new Map(x.keyIssues.map((k) => [k.id, k])), [x.keyIssues]);
  const [pillar, setPillar] = useState<Pillar>("all");
  const [issue, setIssue] = useState<string | undefined>();
  const [source, setSource] = useState<IndicatorExplanation["source"] | undefined>();
  const rows = x.indicators.filter((i) => {
    const k = issues.get(i.keyIssue);
    return (
      (pillar === "all" || k?.pillar === pillar) && (!issue || i.keyIssue === issue) && (!source || i.source === source)
    );
  });
  const issueName = (id: string) => bi(issues.get(id)?.name, lang);

  const flagTags = (i: IndicatorExplanation) =>
    i.flags.map((f) => (
      <Tag key={f} color={FLAG_COLORS[f]} style={{ fontSize: 11, marginInlineEnd: 0 }}>
        {maybe(t, `rating.flag.${f}`, f)}
      </Tag>
    ));

  const columns: ExportColumn<IndicatorExplanation>[] = [
    {
      key: "name",
      title: t("rating.result.indicator"),
      width: 260,
      exportValue: (i) => bi(i.name, lang),
      render: (_, i) => (
        <div>
          <div>{bi(i.name, lang)}</div>
          <div className="gf-sub">
            <span className="gf-mono">{i.id}</span> · {maybe(t, `rating.rule.${i.rule}`, i.rule)} ·{" "}
            {issueName(i.keyIssue)}
          </div>
        </div>
      ),
    },
    { key: "id", title: "ID", hidden: true, exportValue: (i) => i.id },
    {
      key: "issue",
      title: t("rating.result.keyIssue"),
      hidden: true,
      exportValue: (i) => issueName(i.keyIssue),
    },
    {
      key: "value",
      title: t("rating.result.value"),
      width: 150,
      exportValue: (i) => valueText(i, lang, t),
      render: (_, i) => (
        <div>
          <div className="gf-num">{valueText(i, lang, t)}</div>
          {i.ratioOf && <div className="gf-sub gf-num">{ratioText(i, t)}</div>}
        </div>
      ),
    },
    {
      key: "score",
      title: t("rating.result.normalised"),
      align: "right",
      width: 92,
      exportValue: (i) => (i.score === null ? null : Number(i.score)),
      render: (_, i) => <span className="gf-num">{fixed(i.score)}</span>,
    },
    {
      key: "weight",
      title: t("rating.result.weight"),
      align: "right",
      width: 72,
      exportValue: (i) => Number(i.weight),
      render: (_, i) => <span className="gf-num">{fixed(i.weight, 2)}%</span>,
    },
    {
      key: "contribution",
      title: t("rating.result.contribution"),
      align: "right",
      width: 80,
      sorter: (a, b) => Number(a.contribution) - Number(b.contribution),
      exportValue: (i) => Number(i.contribution),
      render: (_, i) => <b className="gf-num">{fixed(i.contribution)}</b>,
    },
    {
      key: "source",
      title: t("rating.result.source"),
      width: 150,
      exportValue: (i) => t(`rating.source.${i.source}`),
      render: (_, i) => (
        <Space orientation="vertical" size={2}>
          <Space size={4} wrap>
            <SourceTag source={i.source} />
            {flagTags(i)}
          </Space>
          <DataSource source={i.dataSource} canOpen={canOpenDisclosure} />
        </Space>
      ),
    },
    {
      key: "flags",
      title: t("rating.result.flags"),
      hidden: true,
      exportValue: (i) => i.flags.map((f) => maybe(t, `rating.flag.${f}`, f)).join("; "),
    },
    {
      key: "dataSource",
      title: t("rating.result.dataSource"),
      hidden: true,
      exportValue: (i) => i.dataSource,
    },
    {
      key: "basis",
      title: t("rating.result.basis"),
      exportValue: (i) => basisText(i, t),
      render: (_, i) => <div className="gf-basis">{basisText(i, t)}</div>,
    },
  ];

  return (
    <Card variant="borderless" title={t("rating.result.indicators")} data-testid="result-indicators">
      <div className="gf-sub" style={{ marginBottom: 12 }}>
        {t("rating.result.indicatorsHint")}
      </div>
      <ExportableTable<IndicatorExplanation>
        rowKey="id"
        exportName={`rating-indicators-${orgName(detail.result.entity, "en")
          .slice(0, 20)
          .replace(/[^\w]+/g, "-")}`}
        columns={columns}
        dataSource={rows}
        size="small"
        scroll={{ x: 1060 }}
        pagination={false}
        toolbar={
          <Space wrap>
            <Segmented<Pillar>
              value={pillar}
              onChange={(v) => {
                setPillar(v);
                setIssue(undefined);
              }}
              options={[
                { value: "all", label: t("rating.result.filterPillar") },
                ...x.pillars.map((p) => ({ value: p.id as Pillar, label: `${p.id} · ${bi(p.name, lang)}` })),
              ]}
            />
            <Select<string>
              allowClear
              placeholder={t("rating.result.filterIssue")}
              value={issue}
              onChange={setIssue}
              style={{ width: 200 }}
              popupMatchSelectWidth={false}
              options={x.keyIssues
                .filter((k) => pillar === "all" || k.pillar === pillar)
                .map((k) => ({ value: k.id, label: bi(k.name, lang) }))}
            />
            <Select<IndicatorExplanation["source"]>
              allowClear
              placeholder={t("rating.result.filterSource")}
              value={source}
              onChange={setSource}
              style={{ width: 140 }}
              options={(["disclosed", "imputed", "missing", "excluded"] as const).map((s) => ({
                value: s,
                label: t(`rating.source.${s}`),
              }))}
              data-testid="indicator-source-filter"
            />
          </Space>
        }
      />
    </Card>
  );
}
