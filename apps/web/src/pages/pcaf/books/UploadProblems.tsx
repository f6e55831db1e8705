import { Alert, Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { PcafUploadProblem } from "../../../api/pcaf";
import { ExportableTable } from "../../../components/ExportableTable";
import { useLang } from "../../../lib/labels";

type Row = PcafUploadProblem & { key: number };

/**
 * A refused upload's problems as a table by file, row, column and reason (in the UI language, the other language
 * beneath), like the carbon activity upload; nothing was stored, so the desk fixes the files and uploads again.
 */
export function UploadProblems({
  problems,
  omitted,
  message,
}: {
  problems: readonly PcafUploadProblem[];
  omitted: number;
  message: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows: Row[] = problems.map((p, i) => ({ ...p, key: i }));
  const fileLabel = (f: string | null) =>
    f === null
      ? "—"
      : /^positions/i.test(f)
        ? t("pcaf.upload.positions")
        : /^counterparties/i.test(f)
          ? t("pcaf.upload.counterparties")
          : f;
  return (
    <div data-testid="pcaf-upload-problems">
      <Alert
        type="error"
        showIcon
        title={t("pcaf.upload.refused", { count: problems.length + omitted })}
        description={
          <>
            {message && <div>{message}</div>}
            {omitted > 0 && <div>{t("pcaf.upload.omitted", { count: omitted })}</div>}
          </>
        }
        style={{ marginBottom: 8 }}
      />
      <ExportableTable<Row>
        size="small"
        rowKey="key"
        exportName="pcaf-upload-problems"
        dataSource={rows}
        pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
        columns={[
          {
            key: "file",
            title: t("pcaf.upload.col.file"),
            width: 140,
            exportValue: (p) => [fileLabel(p.file), p.fileName].filter(Boolean).join(" "),
            render: (_, p) => (
              <span>
                {p.file ? <Tag>{fileLabel(p.file)}</Tag> : "—"}
                {p.fileName && p.fileName !== p.file && <div className="gf-pcaf-sub">{p.fileName}</div>}
              </span>
            ),
          },
          {
            key: "row",
            title: t("pcaf.upload.col.row"),
            width: 70,
            exportValue: (p) => p.row,
            render: (_, p) => p.row ?? "—",
          },
          {
            key: "column",
            title: t("pcaf.upload.col.column"),
            width: 170,
            exportValue: (p) => p.column,
            render: (_, p) => (p.column ? <span className="gf-pcaf-mono">{p.column}</span> : "—"),
          },
          {
            key: "reason",
            title: t("pcaf.upload.col.reason"),
            exportValue: (p) => (lang === "en" ? p.messageEn : p.messageZh),
            render: (_, p) => (
              <span>
                {lang === "en" ? p.messageEn || p.messageZh : p.messageZh || p.messageEn}
                <div className="gf-pcaf-sub">{lang === "en" ? p.messageZh : p.messageEn}</div>
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}
