import { LinkOutlined } from "@ant-design/icons";
import type { TGreenProjectDetail } from "@greenfin/contracts";
import { Button, Card, Table } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fmtAmount } from "../shared/format";
import { LinkFinancingModal } from "./LinkFinancingModal";

/** The loans, bonds and policies linked to the project; institutions that may finance link one here. */
export function FinancingsCard({ p }: { p: TGreenProjectDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Card
      variant="borderless"
      title={t("green.project.financings")}
      data-testid="green-financings-card"
      extra={
        p.can.finance && (
          <Button
            type="primary"
            size="small"
            icon={<LinkOutlined />}
            onClick={() => setOpen(true)}
            data-testid="green-link-financing"
          >
            {t("green.project.link")}
          </Button>
        )
      }
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={p.financings}
        locale={{ emptyText: t("green.project.noFinancings") }}
        data-testid="green-project-financings"
        columns={[
          {
            key: "ref",
            title: t("green.financing.reference"),
            render: (_, f) => (
              <>
                <span className="gf-green-mono">{f.reference}</span>
                <div className="gf-green-sub">
                  {f.institution} ·{" "}
                  {t(`green.instrument.${f.instrument}` as "green.instrument.loan", { defaultValue: f.instrument })}
                </div>
              </>
            ),
          },
          {
            key: "amount",
            title: t("green.financing.amount"),
            align: "right",
            render: (_, f) => <span className="gf-green-num">{fmtAmount(f.amount)}</span>,
          },
          {
            key: "start",
            title: t("green.financing.startDate"),
            render: (_, f) => <span className="gf-green-num">{f.startDate}</span>,
          },
        ]}
      />
      {open && <LinkFinancingModal p={p} onClose={() => setOpen(false)} />}
    </Card>
  );
}
