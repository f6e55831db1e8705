import { Tag } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { PortfolioLink, PortfolioStatus } from "../../../api/disclosure";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { formatDate } from "../../../lib/dates";
import { orgName, useLang } from "../../../lib/labels";
import { formatYuanExact } from "../../../lib/money";
import { trimDecimal } from "../shared/payloadText";

const COLORS: Record<PortfolioStatus, string> = {
  invited: "gold",
  active: "green",
  declined: "default",
  ended: "default",
};

/** The manager's portfolio companies: fund, stake, amount invested, and where each invitation stands. */
export function PortfolioLinksTable({ links, loading }: { links: PortfolioLink[] | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns: ExportColumn<PortfolioLink>[] = [
    {
      key: "company",
      title: t("disclosure.portfolio.company"),
      render: (_, l) => orgName(l.company, lang),
      exportValue: (l) => orgName(l.company, lang),
    },
    { key: "fund", title: t("disclosure.portfolio.fund"), dataIndex: "fundName" },
    {
      key: "ownership",
      title: t("disclosure.portfolio.ownership"),
      align: "right",
      render: (_, l) => `${trimDecimal(l.ownershipPct)}%`,
      exportValue: (l) => `${trimDecimal(l.ownershipPct)}%`,
    },
    {
      key: "invested",
      title: t("disclosure.portfolio.invested"),
      align: "right",
      render: (_, l) => <span className="gf-num">{formatYuanExact(l.investedCny)}</span>,
      exportValue: (l) => l.investedCny,
    },
    {
      key: "status",
      title: t("common.status"),
      render: (_, l) => <Tag color={COLORS[l.status]}>{t(`disclosure.portfolio.status.${l.status}`)}</Tag>,
      exportValue: (l) => t(`disclosure.portfolio.status.${l.status}`),
    },
    {
      key: "invitedAt",
      title: t("disclosure.portfolio.invitedAt"),
      render: (_, l) => formatDate(l.invitedAt, lang),
      exportValue: (l) => dayjs(l.invitedAt).toDate(),
    },
    {
      key: "respondedAt",
      title: t("disclosure.portfolio.respondedAt"),
      render: (_, l) => formatDate(l.respondedAt, lang),
      exportValue: (l) => (l.respondedAt ? dayjs(l.respondedAt).toDate() : null),
    },
  ];
  return (
    <ExportableTable<PortfolioLink>
      exportName="portfolio-links"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={links}
      loading={loading}
      locale={{ emptyText: t("disclosure.portfolio.noLinks") }}
      onRow={(l) => ({ "data-testid": `portfolio-row-${l.id}` }) as object}
    />
  );
}
