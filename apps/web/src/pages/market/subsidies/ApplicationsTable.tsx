import { SUBSIDY_APPLICATION_STATUSES, type TSubsidyApplication } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Input, Segmented, Space, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  marketCatalogueApi,
  marketCatalogueKeys,
  type SubsidyApplicationStatus,
  useSubsidyApplications,
} from "../../../api/marketCatalogue";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { LoadError } from "../../../components/LoadError";
import { useShowError } from "../../../lib/errors";
import { useLang } from "../../../lib/labels";
import { formatYuan } from "../../../lib/money";
import { fmtWhen } from "../../green/shared/format";
import { OrgNameIn, useOrgNameInText } from "../shared/OrgNameIn";

const STATUS_COLORS = { submitted: "processing", approved: "success", rejected: "error", paid: "green" } as const;

/** Applications: the institution's own, or for the district all, which it approves, rejects and marks paid. */
export function ApplicationsTable({ decide }: { decide: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const orgText = useOrgNameInText();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [status, setStatus] = useState<SubsidyApplicationStatus | "all">("all");
  const q = useSubsidyApplications(status === "all" ? {} : { status });
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const run = async (send: () => Promise<unknown>, done: string) => {
    try {
      await send();
      void message.success(done);
      await qc.invalidateQueries({ queryKey: marketCatalogueKeys.subsidies });
    } catch (e) {
      showError(e);
    }
  };
  const ask = (title: string, placeholder: string, required: boolean, onOk: (text: string) => Promise<void>) => {
    let text = "";
    modal.confirm({
      title,
      content: (
        <Input placeholder={placeholder} onChange={(e) => (text = e.target.value)} data-testid="subsidy-ask-input" />
      ),
      onOk: () => (required && !text.trim() ? Promise.reject() : onOk(text.trim())),
    });
  };
  const columns: ExportColumn<TSubsidyApplication>[] = [
    {
      key: "programme",
      title: t("marketDesk.subsidies.name"),
      exportValue: (a) => (lang === "en" ? a.programmeNameEn : a.programmeNameZh),
      render: (_, a) => (
        <div style={{ maxWidth: 200, whiteSpace: "normal" }}>
          {lang === "en" ? a.programmeNameEn : a.programmeNameZh}
        </div>
      ),
    },
    {
      key: "institution",
      title: t("marketDesk.subsidies.institution"),
      exportValue: (a) => orgText(a.institutionId, a.institutionName),
      render: (_, a) => <OrgNameIn id={a.institutionId} zh={a.institutionName} />,
    },
    {
      key: "enterprise",
      title: t("marketDesk.subsidies.enterprise"),
      exportValue: (a) => orgText(a.enterpriseOrgId, a.enterpriseName),
      render: (_, a) => <OrgNameIn id={a.enterpriseOrgId} zh={a.enterpriseName} />,
    },
    {
      key: "loan",
      title: t("marketDesk.subsidies.loan"),
      exportValue: (a) => `${a.loanReference} ${a.categoryCode}`,
      render: (_, a) => (
        <>
          <span className="gf-green-mono">{a.loanReference}</span> <Tag>{a.categoryCode}</Tag>
          <div className="gf-green-sub">
            {a.periodStart} → {a.periodEnd}
          </div>
        </>
      ),
    },
    {
      key: "interest",
      title: t("marketDesk.subsidies.interestPaid"),
      align: "right",
      exportValue: (a) => Number(a.interestPaid),
      render: (_, a) => <span className="gf-green-num">{formatYuan(a.interestPaid, lang)}</span>,
    },
    {
      key: "subsidy",
      title: t("marketDesk.subsidies.subsidyAmount"),
      align: "right",
      exportValue: (a) => Number(a.subsidyAmount),
      render: (_, a) => <b className="gf-green-num">{formatYuan(a.subsidyAmount, lang)}</b>,
    },
    {
      key: "status",
      title: t("marketDesk.subsidies.status"),
      exportValue: (a) => t(`marketDesk.subsidies.applicationStatus.${a.status}`),
      render: (_, a) => (
        <>
          <Tag color={STATUS_COLORS[a.status]}>{t(`marketDesk.subsidies.applicationStatus.${a.status}`)}</Tag>
          <div className="gf-green-sub">{fmtWhen(a.paidAt ?? a.decidedAt ?? a.submittedAt)}</div>
        </>
      ),
    },
    ...(decide
      ? [
          {
            key: "actions",
            title: "",
            exportValue: false as const,
            render: (_: unknown, a: TSubsidyApplication) => (
              <Space size={0}>
                {a.status === "submitted" && (
                  <>
                    <Button
                      size="small"
                      type="link"
                      data-testid={`subsidy-approve-${a.id}`}
                      onClick={() =>
                        ask(t("marketDesk.subsidies.approve"), t("marketDesk.subsidies.decisionNote"), false, (note) =>
                          run(
                            () => marketCatalogueApi.decide(a.id, "approve", note || undefined),
                            t("marketDesk.subsidies.decided"),
                          ),
                        )
                      }
                    >
                      {t("marketDesk.subsidies.approve")}
                    </Button>
                    <Button
                      size="small"
                      type="link"
                      danger
                      data-testid={`subsidy-reject-${a.id}`}
                      onClick={() =>
                        ask(t("marketDesk.subsidies.reject"), t("marketDesk.subsidies.decisionNote"), false, (note) =>
                          run(
                            () => marketCatalogueApi.decide(a.id, "reject", note || undefined),
                            t("marketDesk.subsidies.decided"),
                          ),
                        )
                      }
                    >
                      {t("marketDesk.subsidies.reject")}
                    </Button>
                  </>
                )}
                {a.status === "approved" && (
                  <Button
                    size="small"
                    type="link"
                    data-testid={`subsidy-paid-${a.id}`}
                    onClick={() =>
                      ask(t("marketDesk.subsidies.markPaid"), t("marketDesk.subsidies.paymentReference"), true, (ref) =>
                        run(() => marketCatalogueApi.markPaid(a.id, ref), t("marketDesk.subsidies.markedPaid")),
                      )
                    }
                  >
                    {t("marketDesk.subsidies.markPaid")}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <ExportableTable<TSubsidyApplication>
      exportName="subsidy-applications"
      toolbar={
        <Segmented<SubsidyApplicationStatus | "all">
          value={status}
          onChange={setStatus}
          options={[
            { value: "all", label: t("marketDesk.common.all") },
            ...SUBSIDY_APPLICATION_STATUSES.map((s) => ({
              value: s,
              label: t(`marketDesk.subsidies.applicationStatus.${s}`),
            })),
          ]}
        />
      }
      size="small"
      rowKey="id"
      loading={q.isFetching && !q.data}
      dataSource={q.data ?? []}
      columns={columns}
      scroll={{ x: "max-content" }}
      data-testid="subsidy-applications"
      expandable={{
        expandedRowRender: (a) => (
          <Table
            size="small"
            bordered
            pagination={false}
            rowKey="step"
            title={() => <b>{t("marketDesk.subsidies.computation")}</b>}
            dataSource={a.computation.trace}
            columns={[
              { key: "what", title: t("marketDesk.common.traceWhat"), render: (_, s) => (lang === "en" ? s.en : s.zh) },
              {
                key: "value",
                title: t("marketDesk.common.traceResult"),
                dataIndex: "value",
                render: (v) => <span className="gf-green-mono">{v}</span>,
              },
            ]}
          />
        ),
      }}
    />
  );
}
