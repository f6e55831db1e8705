import type { TSubsidyProgramme } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Progress, Space, Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { marketCatalogueApi, marketCatalogueKeys, useSubsidyProgrammes } from "../../../api/marketCatalogue";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { LoadError } from "../../../components/LoadError";
import { useShowError } from "../../../lib/errors";
import { useLang } from "../../../lib/labels";
import { formatYuan } from "../../../lib/money";
import { named } from "../../green/shared/format";

const STATUS_COLORS = { draft: "default", open: "success", closed: "warning" } as const;
const share = (part: string, whole: string) => (Number(whole) > 0 ? (Number(part) / Number(whole)) * 100 : 0);

/** The district's programmes with their budget usage: committed, paid, remaining. The district opens and closes them. */
export function ProgrammesTable({ manage }: { manage: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const q = useSubsidyProgrammes();
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const act = async (p: TSubsidyProgramme, open: boolean) => {
    try {
      await (open ? marketCatalogueApi.openProgramme(p.id) : marketCatalogueApi.closeProgramme(p.id));
      void message.success(open ? t("marketDesk.subsidies.opened") : t("marketDesk.subsidies.closed"));
      await qc.invalidateQueries({ queryKey: marketCatalogueKeys.subsidies });
    } catch (e) {
      showError(e);
    }
  };
  const columns: ExportColumn<TSubsidyProgramme>[] = [
    {
      key: "name",
      title: t("marketDesk.subsidies.name"),
      exportValue: (p) => named(p, lang),
      render: (_, p) => (
        <div style={{ maxWidth: 220, whiteSpace: "normal" }}>
          <b>{named(p, lang)}</b>
          <div className="gf-green-sub">
            {p.periodStart} → {p.periodEnd}
          </div>
        </div>
      ),
    },
    {
      key: "kind",
      title: t("marketDesk.subsidies.kind"),
      exportValue: (p) => t(`marketDesk.subsidies.kindRate.${p.kind}`, { rate: p.rate }),
      render: (_, p) => (
        <>
          {t(`marketDesk.subsidies.kindRate.${p.kind}`, { rate: p.rate })}
          {p.perLoanCap && (
            <div className="gf-green-sub">
              {t("marketDesk.subsidies.perLoanCap")} {formatYuan(p.perLoanCap, lang)}
            </div>
          )}
        </>
      ),
    },
    {
      key: "categories",
      title: t("marketDesk.subsidies.categories"),
      exportValue: (p) => p.categoryPrefixes.join(", "),
      render: (_, p) => (
        <Space size={[4, 4]} wrap style={{ maxWidth: 130 }}>
          {p.categoryPrefixes.map((c) => (
            <Tag key={c}>{c}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: "budget",
      title: t("marketDesk.subsidies.budget"),
      align: "right",
      exportValue: (p) => Number(p.budget),
      render: (_, p) => <span className="gf-green-num">{formatYuan(p.budget, lang)}</span>,
    },
    {
      key: "usage",
      title: t("marketDesk.subsidies.usage"),
      exportValue: (p) => `${p.committed} / ${p.paid} / ${p.remaining}`,
      render: (_, p) => (
        <div style={{ minWidth: 200, maxWidth: 260, whiteSpace: "normal" }} data-testid={`subsidy-usage-${p.id}`}>
          <Tooltip
            title={`${t("marketDesk.subsidies.paid")} ${formatYuan(p.paid, lang)} · ${t("marketDesk.subsidies.committed")} ${formatYuan(p.committed, lang)}`}
          >
            <Progress
              size="small"
              percent={share(p.committed, p.budget)}
              success={{ percent: share(p.paid, p.budget) }}
              format={(v) => `${(v ?? 0).toFixed(0)}%`}
            />
          </Tooltip>
          <div className="gf-green-sub">
            {t("marketDesk.subsidies.committed")} {formatYuan(p.committed, lang)} · {t("marketDesk.subsidies.paid")}{" "}
            {formatYuan(p.paid, lang)} · {t("marketDesk.subsidies.remaining")} {formatYuan(p.remaining, lang)}
          </div>
        </div>
      ),
    },
    {
      key: "status",
      title: t("marketDesk.subsidies.status"),
      exportValue: (p) => t(`marketDesk.subsidies.programmeStatus.${p.status}`),
      render: (_, p) => (
        <Tag color={STATUS_COLORS[p.status]}>{t(`marketDesk.subsidies.programmeStatus.${p.status}`)}</Tag>
      ),
    },
    ...(manage
      ? [
          {
            key: "actions",
            title: "",
            exportValue: false as const,
            render: (_: unknown, p: TSubsidyProgramme) =>
              p.status === "draft" ? (
                <Button size="small" type="link" onClick={() => void act(p, true)} data-testid={`subsidy-open-${p.id}`}>
                  {t("marketDesk.subsidies.open")}
                </Button>
              ) : p.status === "open" ? (
                <Button
                  size="small"
                  type="link"
                  danger
                  onClick={() => void act(p, false)}
                  data-testid={`subsidy-close-${p.id}`}
                >
                  {t("marketDesk.subsidies.close")}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <ExportableTable<TSubsidyProgramme>
      exportName="subsidy-programmes"
      size="small"
      rowKey="id"
      loading={q.isFetching && !q.data}
      dataSource={q.data ?? []}
      columns={columns}
      scroll={{ x: "max-content" }}
      locale={{ emptyText: t("marketDesk.subsidies.noProgrammes") }}
      data-testid="subsidy-programmes"
    />
  );
}
