import { ArrowLeftOutlined, EditOutlined, UploadOutlined } from "@ant-design/icons";
import type { TActivityImportResult } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Progress, Space, Typography, Upload } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { carbonApi, carbonKeys, useCarbonActivity } from "../../../api/carbon";
import { useSession } from "../../../app/auth";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { useShowError } from "../../../lib/errors";
import { useLang } from "../../../lib/labels";
import { fmtFixed, itemName, unitName } from "../shared/format";
import { useCarbonOrg } from "../shared/useCarbonOrg";
import { useYearParam, YearSelect } from "../shared/YearSelect";
import { ActivityEntryModal } from "./ActivityEntryModal";
import { ActivityProblemsTable, type ActivityRefusalView, activityRefusalOf } from "./ActivityProblemsTable";
import "../shared/carbon.css";

interface MatrixRow {
  key: string;
  item: string;
  unit: string;
  months: Record<string, number>;
  total: number;
  /** Decimal places the row's figures are printed with: as many as its most precise entry has, at most 3. */
  places: number;
}

const MONTHS = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"];

const placesOf = (quantity: string) => Math.min(3, (quantity.split(".")[1] ?? "").replace(/0+$/, "").length);

/** /carbon/activity/:orgId — upload activity data (CSV/XLSX, all or nothing) and the stored month × item table. */
export default function CarbonActivityPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [year, setYear] = useYearParam();
  const { orgId, name, canWrite } = useCarbonOrg();
  const q = useCarbonActivity(orgId, year);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<TActivityImportResult | null>(null);
  const [refusal, setRefusal] = useState<ActivityRefusalView | null>(null);
  const [entering, setEntering] = useState(false);

  const upload = async (file: File) => {
    setResult(null);
    setRefusal(null);
    setProgress(0);
    try {
      const r = await carbonApi.importFile(file, { csrfToken: session.csrfToken, onProgress: setProgress });
      setResult(r);
      void message.success(
        t("carbon.activity.uploaded", {
          rows: r.rowCount,
          inserted: r.inserted,
          updated: r.updated,
          unchanged: r.unchanged,
        }),
      );
      await qc.invalidateQueries({ queryKey: carbonKeys.all });
    } catch (e) {
      const refused = activityRefusalOf(e);
      if (refused) setRefusal(refused);
      else showError(e);
    } finally {
      setProgress(null);
    }
  };

  const matrix = useMemo<MatrixRow[]>(() => {
    const byKey = new Map<string, MatrixRow>();
    for (const r of q.data?.rows ?? []) {
      const key = `${r.item}|${r.unit}`;
      const row = byKey.get(key) ?? { key, item: r.item, unit: r.unit, months: {}, total: 0, places: 0 };
      const m = r.month.slice(5, 7);
      row.months[m] = (row.months[m] ?? 0) + Number(r.quantity);
      row.total += Number(r.quantity);
      row.places = Math.max(row.places, placesOf(r.quantity));
      byKey.set(key, row);
    }
    return [...byKey.values()].sort((a, b) => a.item.localeCompare(b.item));
  }, [q.data]);

  const monthName = new Intl.DateTimeFormat(lang === "en" ? "en" : "zh-CN", { month: "short", timeZone: "UTC" });
  const columns: ExportColumn<MatrixRow>[] = [
    {
      key: "item",
      title: t("carbon.col.item"),
      fixed: "left",
      exportValue: (r) => itemName(t, r.item),
      render: (_, r) => (
        <div>
          <div>{itemName(t, r.item)}</div>
          <div className="gf-sub">
            {r.item} · {unitName(t, r.unit)}
          </div>
        </div>
      ),
    },
    { key: "unit", title: t("carbon.col.unitCol"), hidden: true, exportValue: (r) => r.unit },
    ...MONTHS.map(
      (m): ExportColumn<MatrixRow> => ({
        key: m,
        title: monthName.format(Date.UTC(2000, Number(m) - 1, 1)),
        align: "right",
        exportValue: (r) => r.months[m] ?? null,
        render: (_, r) => (
          <span className="gf-num">{r.months[m] === undefined ? "·" : fmtFixed(r.months[m], r.places)}</span>
        ),
      }),
    ),
    {
      key: "total",
      title: t("carbon.activity.yearTotal"),
      fixed: "right",
      align: "right",
      exportValue: (r) => r.total,
      render: (_, r) => <b className="gf-num">{fmtFixed(r.total, r.places)}</b>,
    },
  ];

  return (
    <div data-testid="page-carbon-activity">
      <PageHeader
        title={name ? `${t("carbon.activityTitle")} · ${name}` : t("carbon.activityTitle")}
        subtitle={t("carbon.activitySubtitle")}
        extra={
          <Space wrap>
            <YearSelect value={year} onChange={setYear} />
            <Link to={`/carbon/accounts/${orgId}?year=${year}`}>
              <Button icon={<ArrowLeftOutlined />}>{t("carbon.actions.account")}</Button>
            </Link>
          </Space>
        }
      />
      {canWrite && entering && (
        <ActivityEntryModal orgId={orgId} year={year} onClose={() => setEntering(false)} onSaved={setResult} />
      )}
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {canWrite && (
          <Card variant="borderless" title={t("carbon.actions.enterOrUpload")}>
            <Space orientation="vertical" style={{ width: "100%" }}>
              <Space wrap>
                <Upload
                  accept=".csv,.xlsx"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    void upload(file);
                    return false;
                  }}
                >
                  <Button
                    type="primary"
                    icon={<UploadOutlined />}
                    loading={progress !== null}
                    data-testid="carbon-upload"
                  >
                    {t("carbon.actions.upload")}
                  </Button>
                </Upload>
                <Button icon={<EditOutlined />} onClick={() => setEntering(true)} data-testid="carbon-enter">
                  {t("carbon.entry.open")}
                </Button>
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t("carbon.activity.formatHint")}
              </Typography.Text>
              {progress !== null && <Progress percent={progress} size="small" />}
              {result && (
                <Alert
                  type="success"
                  showIcon
                  data-testid="carbon-upload-result"
                  title={
                    result.repeatOf
                      ? t("carbon.activity.repeat")
                      : t("carbon.activity.uploaded", {
                          rows: result.rowCount,
                          inserted: result.inserted,
                          updated: result.updated,
                          unchanged: result.unchanged,
                        })
                  }
                />
              )}
              {refusal && <ActivityProblemsTable refusal={refusal} />}
            </Space>
          </Card>
        )}
        <Card variant="borderless" title={t("carbon.activity.table", { year })}>
          {q.error ? (
            <LoadError error={q.error} onRetry={() => void q.refetch()} />
          ) : (
            <ExportableTable<MatrixRow>
              className="gf-carbon-matrix"
              size="small"
              rowKey="key"
              loading={q.isPending}
              exportName={`carbon-activity-${year}`}
              columns={columns}
              dataSource={matrix}
              pagination={false}
              scroll={{ x: "max-content" }}
              data-testid="carbon-activity-table"
              locale={{ emptyText: t("carbon.activity.empty") }}
            />
          )}
        </Card>
      </Space>
    </div>
  );
}
