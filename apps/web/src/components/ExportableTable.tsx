import { FileExcelOutlined } from "@ant-design/icons";
import { App, Button, Table, type TableColumnType, type TableProps, Tooltip } from "antd";
import dayjs from "dayjs";
import { type ReactNode, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

type ExcelValue = string | number | boolean | Date | null | undefined;

export type ExportColumn<T> = TableColumnType<T> & {
  /** Header text in the workbook; defaults to the column title when that is a string. */
  exportTitle?: string;
  /** Cell value in the workbook; defaults to the raw field. `false` leaves the column out. */
  exportValue?: ((row: T) => ExcelValue) | false;
};

type Props<T> = Omit<TableProps<T>, "columns"> & {
  columns: ExportColumn<T>[];
  /** Base of the downloaded file name, e.g. "members" → members-20260105-1430.xlsx */
  exportName: string;
  /** Left side of the toolbar (filters, title); the export button sits on the right. */
  toolbar?: ReactNode;
  toolbarExtra?: ReactNode;
};

function textWidth(v: ExcelValue): number {
  if (v === null || v === undefined) return 0;
  const s = v instanceof Date ? "0000-00-00 00:00" : String(v);
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

function columnKey<T>(c: ExportColumn<T>): string {
  return String(c.key ?? (Array.isArray(c.dataIndex) ? c.dataIndex.join(".") : c.dataIndex) ?? "");
}

/** An antd Table with an "导出 Excel" button that writes the rows currently shown to an .xlsx file. */
export function ExportableTable<T extends object>(props: Props<T>) {
  const { columns, exportName, toolbar, toolbarExtra, dataSource, pagination, onChange, ...rest } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const serverPaged = pagination !== false && pagination !== undefined && pagination.total !== undefined;
  const initialSize = (pagination && (pagination.pageSize ?? pagination.defaultPageSize)) || 10;
  const [view, setView] = useState<{ current: number; pageSize: number; sortKey: string | null; desc: boolean }>({
    current: 1,
    pageSize: initialSize,
    sortKey: null,
    desc: false,
  });

  const visible = useMemo<readonly T[]>(() => {
    let all: readonly T[] = dataSource ?? [];
    if (serverPaged || pagination === false) return all;
    const col = view.sortKey === null ? undefined : columns.find((c) => columnKey(c) === view.sortKey);
    const s = col?.sorter;
    const cmp = typeof s === "function" ? s : typeof s === "object" && s !== null ? s.compare : undefined;
    if (cmp) {
      const sign = view.desc ? -1 : 1;
      all = [...all].sort((a, b) => sign * (cmp(a, b, view.desc ? "descend" : "ascend") as number));
    }
    const pages = Math.max(1, Math.ceil(all.length / view.pageSize));
    const current = Math.min(view.current, pages);
    return all.slice((current - 1) * view.pageSize, current * view.pageSize);
  }, [view, dataSource, serverPaged, pagination, columns]);

  const exportable = columns.filter((c) => c.exportValue !== false && (c.exportTitle || typeof c.title === "string"));

  const doExport = async () => {
    if (visible.length === 0) {
      void message.info(t("common.nothingToExport"));
      return;
    }
    setBusy(true);
    try {
      const { default: writeXlsxFile } = await import("write-excel-file/browser");
      const header = exportable.map((c) => ({
        value: c.exportTitle ?? String(c.title),
        fontWeight: "bold" as const,
        backgroundColor: "#E8F5EE",
      }));
      const body = visible.map((row) =>
        exportable.map((c) => {
          const v: ExcelValue =
            typeof c.exportValue === "function"
              ? c.exportValue(row)
              : c.dataIndex !== undefined
                ? ((row as Record<string, unknown>)[String(c.dataIndex)] as ExcelValue)
                : null;
          // Excel dates have no time zone and the writer reads UTC fields: write the user's wall-clock time.
          if (v instanceof Date)
            return {
              value: new Date(v.getTime() - v.getTimezoneOffset() * 60_000),
              type: Date,
              format: "yyyy-mm-dd hh:mm",
            };
          return v === undefined ? null : v;
        }),
      );
      const widths = exportable.map(
        (_, i) =>
          Math.min(60, Math.max(8, textWidth(header[i]?.value), ...body.map((r) => textWidth(r[i] as ExcelValue)))) + 2,
      );
      await writeXlsxFile([header, ...body], {
        sheet: exportName.slice(0, 31),
        columns: widths.map((width) => ({ width })),
        stickyRowsCount: 1,
      }).toFile(`${exportName}-${dayjs().format("YYYYMMDD-HHmm")}.xlsx`);
      void message.success(t("common.exportDone", { count: visible.length }));
    } catch (e) {
      console.error(e);
      void message.error(t("common.exportFailed"));
    } finally {
      setBusy(false);
    }
  };

  const tablePagination: TableProps<T>["pagination"] =
    pagination === false
      ? false
      : serverPaged
        ? { showSizeChanger: true, showTotal: (total) => t("common.total", { total }), ...pagination }
        : {
            showSizeChanger: true,
            showTotal: (total) => t("common.total", { total }),
            hideOnSinglePage: false,
            ...pagination,
            current: view.current,
            pageSize: view.pageSize,
          };

  return (
    <div>
      <div className="gf-table-toolbar">
        <div style={{ flex: 1, minWidth: 0 }}>{toolbar}</div>
        <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
          {toolbarExtra}
          <Tooltip title={t("common.exportHint", { count: visible.length })}>
            <Button icon={<FileExcelOutlined />} onClick={doExport} loading={busy} data-testid={`export-${exportName}`}>
              {t("common.exportExcel")}
            </Button>
          </Tooltip>
        </div>
      </div>
      <Table<T>
        {...rest}
        columns={columns}
        dataSource={dataSource}
        pagination={tablePagination}
        onChange={(p, filters, sorter, extra) => {
          if (!serverPaged) {
            const first = Array.isArray(sorter) ? sorter[0] : sorter;
            const key = first?.order ? String(first.columnKey ?? first.field ?? "") : null;
            setView({
              current: p.current ?? 1,
              pageSize: p.pageSize ?? view.pageSize,
              sortKey: key,
              desc: first?.order === "descend",
            });
          }
          onChange?.(p, filters, sorter, extra);
        }}
      />
    </div>
  );
}
