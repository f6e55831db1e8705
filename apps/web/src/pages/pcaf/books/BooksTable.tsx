import { EyeOutlined, RedoOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Empty, Popconfirm, Space, Tooltip } from "antd";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { pcafApi, pcafKeys, runInProgress, type TPcafBookRow } from "../../../api/pcaf";
import { useSession } from "../../../app/auth";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { formatDateTime } from "../../../lib/dates";
import { useShowError } from "../../../lib/errors";
import { useLang } from "../../../lib/labels";
import { canWritePcaf } from "../shared/access";
import { cmpDec, fmtDec, fmtPct, fmtT, fmtYuanShort, xlsNum } from "../shared/format";
import { DqScore, PcafRunStatusTag, RunProgress, th } from "../shared/widgets";

/** The institution's books, newest year first, each with its latest run; re-run a book; open a run. */
export function BooksTable({ books, loading }: { books: readonly TPcafBookRow[]; loading: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const canRun = canWritePcaf(session.role);

  const rerun = async (book: TPcafBookRow) => {
    setBusy(book.id);
    try {
      await pcafApi.rerun(book.id);
      void message.success(t("pcaf.books.rerunStarted", { year: book.year }));
      await qc.invalidateQueries({ queryKey: pcafKeys.books });
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  };
  const refresh = useCallback(() => void qc.invalidateQueries({ queryKey: pcafKeys.all }), [qc]);

  const run = (b: TPcafBookRow) => b.latestRun;
  const columns: ExportColumn<TPcafBookRow>[] = [
    {
      key: "year",
      ...th(t("pcaf.books.col.year")),
      dataIndex: "year",
      width: 90,
      sorter: (a, b) => a.year - b.year,
      defaultSortOrder: "descend",
      render: (y: number) => <b>{t("pcaf.yearN", { year: y })}</b>,
    },
    {
      key: "label",
      ...th(t("pcaf.books.col.label")),
      exportValue: (b) => b.label,
      render: (_, b) => (
        <div style={{ minWidth: 160 }}>
          <div>{b.label || "—"}</div>
          <div className="gf-pcaf-sub">
            {formatDateTime(b.uploadedAt, lang)}
            {b.uploadedBy ? ` · ${b.uploadedBy}` : ""}
          </div>
        </div>
      ),
    },
    {
      key: "positions",
      ...th(t("pcaf.books.col.positions")),
      align: "right",
      exportValue: (b) => b.positions,
      render: (_, b) => (
        <span className="gf-pcaf-num">
          {b.positions.toLocaleString("en-US")}
          <div className="gf-pcaf-sub">{t("pcaf.books.counterpartiesN", { count: b.counterparties })}</div>
        </span>
      ),
    },
    {
      key: "outstanding",
      ...th(t("pcaf.books.col.outstanding")),
      align: "right",
      exportTitle: t("pcaf.books.col.outstandingYuan"),
      exportValue: (b) => xlsNum(b.outstanding),
      sorter: (a, b) => cmpDec(a.outstanding, b.outstanding),
      render: (_, b) => <span className="gf-pcaf-num">{fmtYuanShort(b.outstanding, lang)}</span>,
    },
    {
      key: "status",
      ...th(t("pcaf.books.col.status")),
      exportValue: (b) => (run(b) ? t(`pcaf.status.${run(b)!.status}`) : null),
      render: (_, b) => {
        const r = run(b);
        if (!r) return <span className="gf-pcaf-dim">{t("pcaf.books.noRun")}</span>;
        if (runInProgress(r.status))
          return (
            <Space orientation="vertical" size={2}>
              <PcafRunStatusTag status={r.status} />
              <RunProgress jobId={r.jobId} onDone={refresh} compact />
            </Space>
          );
        return <PcafRunStatusTag status={r.status} />;
      },
    },
    {
      key: "financed",
      ...th(t("pcaf.books.col.financed")),
      align: "right",
      exportValue: (b) => xlsNum(run(b)?.total?.financedScope12Tco2e),
      sorter: (a, b) => cmpDec(run(a)?.total?.financedScope12Tco2e, run(b)?.total?.financedScope12Tco2e),
      render: (_, b) => <span className="gf-pcaf-num">{fmtT(run(b)?.total?.financedScope12Tco2e)}</span>,
    },
    {
      key: "coverage",
      ...th(t("pcaf.books.col.coverage")),
      align: "right",
      exportValue: (b) => xlsNum(run(b)?.total?.coverage),
      render: (_, b) => <span className="gf-pcaf-num">{fmtPct(run(b)?.total?.coverage)}</span>,
    },
    {
      key: "dq",
      ...th(t("pcaf.books.col.dq")),
      align: "center",
      exportValue: (b) => xlsNum(run(b)?.total?.weightedDataQuality),
      render: (_, b) => <DqScore value={run(b)?.total?.weightedDataQuality} />,
    },
    {
      key: "waci",
      ...th(t("pcaf.books.col.waci")),
      align: "right",
      exportValue: (b) => xlsNum(run(b)?.waci),
      render: (_, b) => <span className="gf-pcaf-num">{fmtDec(run(b)?.waci, 2)}</span>,
    },
    {
      key: "actions",
      ...th(t("common.actions")),
      exportValue: false,
      render: (_, b) => {
        const r = run(b);
        return (
          <Space orientation="vertical" size={0} align="start">
            {r && (
              <Link to={`/carbon/pcaf/runs/${r.id}`} data-testid="pcaf-book-open">
                <Button size="small" type="link" icon={<EyeOutlined />}>
                  {t("pcaf.books.open")}
                </Button>
              </Link>
            )}
            {canRun && (
              <Popconfirm
                title={t("pcaf.books.rerun")}
                description={<div style={{ maxWidth: 300 }}>{t("pcaf.books.rerunConfirm", { year: b.year })}</div>}
                onConfirm={() => void rerun(b)}
                okButtonProps={{ "data-testid": "pcaf-rerun-confirm" } as never}
              >
                <Tooltip title={runInProgress(r?.status) ? t("pcaf.books.rerunBusy") : undefined}>
                  <Button
                    size="small"
                    type="link"
                    icon={<RedoOutlined />}
                    loading={busy === b.id}
                    disabled={runInProgress(r?.status)}
                    data-testid="pcaf-rerun"
                  >
                    {t("pcaf.books.rerun")}
                  </Button>
                </Tooltip>
              </Popconfirm>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <ExportableTable<TPcafBookRow>
      className="gf-pcaf-table"
      rowKey="id"
      size="middle"
      loading={loading}
      exportName="pcaf-books"
      columns={columns}
      dataSource={[...books]}
      scroll={{ x: "max-content" }}
      data-testid="pcaf-books-table"
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("pcaf.books.empty")} /> }}
    />
  );
}
