import { FundOutlined } from "@ant-design/icons";
import { Button, Card, Popconfirm, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PortfolioLink } from "../../../api/disclosure";
import { useIsAdmin } from "../../../app/auth";
import { formatDate } from "../../../lib/dates";
import { orgName, useLang } from "../../../lib/labels";
import { formatYuanExact } from "../../../lib/money";
import { trimDecimal } from "../shared/payloadText";
import { NewDisclosureModal } from "./NewDisclosureModal";
import { useInvitations } from "./useInvitations";

/** For an enterprise: funds that invited it as a portfolio company (accept / decline) and its active links. */
export function InvitationsCard() {
  const { t } = useTranslation();
  const lang = useLang();
  const isAdmin = useIsAdmin();
  const { links, respond, failed } = useInvitations();
  const [startFor, setStartFor] = useState<PortfolioLink | null>(null);
  if (failed || links.length === 0) return null;

  return (
    <Card
      variant="borderless"
      title={
        <Space>
          <FundOutlined />
          {t("disclosure.invitations.title")}
        </Space>
      }
      style={{ marginBottom: 16 }}
      data-testid="portfolio-invitations"
    >
      {links.map((l) => (
        <div key={l.id} className="gf-dsc-invitation" data-testid={`invitation-${l.id}`}>
          <div style={{ minWidth: 0 }}>
            <Space size={6}>
              <Typography.Text strong>{orgName(l.manager, lang)}</Typography.Text>
              <Tag color={l.status === "invited" ? "gold" : "green"}>
                {t(`disclosure.portfolio.status.${l.status}`)}
              </Tag>
            </Space>
            <div>
              <Typography.Text type="secondary">
                {t("disclosure.invitations.line", {
                  fund: l.fundName,
                  pct: trimDecimal(l.ownershipPct),
                  amount: formatYuanExact(l.investedCny),
                  date: formatDate(l.invitedAt, lang),
                })}
              </Typography.Text>
            </div>
          </div>
          {l.status === "invited" ? (
            <Space>
              <Button
                type="primary"
                size="small"
                disabled={!isAdmin}
                loading={respond.isPending}
                onClick={() => respond.mutate({ id: l.id, accept: true })}
                data-testid={`invitation-accept-${l.id}`}
              >
                {t("disclosure.invitations.accept")}
              </Button>
              <Popconfirm
                title={t("disclosure.invitations.declineConfirm")}
                onConfirm={() => respond.mutateAsync({ id: l.id, accept: false }).catch(() => undefined)}
              >
                <Button size="small" disabled={!isAdmin} data-testid={`invitation-decline-${l.id}`}>
                  {t("disclosure.invitations.decline")}
                </Button>
              </Popconfirm>
            </Space>
          ) : (
            <Button size="small" onClick={() => setStartFor(l)} data-testid={`portfolio-start-${l.id}`}>
              {t("disclosure.invitations.start")}
            </Button>
          )}
        </div>
      ))}
      {startFor && (
        <NewDisclosureModal
          open
          onClose={() => setStartFor(null)}
          entityKind="portfolio_company"
          portfolioLinkId={startFor.id}
          title={t("disclosure.invitations.startTitle", { name: orgName(startFor.manager, lang) })}
        />
      )}
    </Card>
  );
}
