import { type TActivityProblem, zActivityRefusal } from "@greenfin/contracts";
import { Alert, Table } from "antd";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { useLang } from "../../../lib/labels";

export interface ActivityRefusalView {
  problems: TActivityProblem[];
  omitted: number;
  message: string;
}

/** The refusal an import answered with (nothing saved), or null when the error is of another kind. */
export function activityRefusalOf(e: unknown): ActivityRefusalView | null {
  if (!(e instanceof ApiError)) return null;
  const details = zActivityRefusal.safeParse(e.details);
  return details.success
    ? { problems: details.data.problems, omitted: details.data.omitted, message: e.message }
    : null;
}

/** Why an import was refused (nothing was saved): each problem by row and column, in both languages. */
export function ActivityProblemsTable({ refusal, rowTitle }: { refusal: ActivityRefusalView; rowTitle?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div data-testid="carbon-upload-problems">
      <Alert
        type="error"
        showIcon
        title={t("carbon.activity.refused", { count: refusal.problems.length + refusal.omitted })}
        description={refusal.message}
        style={{ marginBottom: 8 }}
      />
      <Table<TActivityProblem>
        size="small"
        rowKey={(p, i) => `${p.row}-${p.column}-${p.code}-${i}`}
        dataSource={refusal.problems}
        pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
        columns={[
          { key: "row", title: rowTitle ?? t("carbon.col.row"), width: 80, render: (_, p) => p.row ?? "—" },
          { key: "column", title: t("carbon.col.column"), width: 120, render: (_, p) => p.column ?? "—" },
          {
            key: "reason",
            title: t("carbon.col.reason"),
            render: (_, p) => (
              <span>
                {lang === "en" ? p.messageEn : p.messageZh}
                <div className="gf-sub">{lang === "en" ? p.messageZh : p.messageEn}</div>
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}
