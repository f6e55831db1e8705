import type { TGrant } from "@greenfin/contracts";
import { Button, Card, Table, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useGrants } from "../../../api/hooks";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { formatDate } from "../../../lib/dates";
import { orgName, useLang } from "../../../lib/labels";
import { RatingNavButtons } from "../shared/RatingNavButtons";

/** /rating for banks and other grantees: the organisations that let this one read their ESG ratings. */
export function GrantedRatings() {
  const { t } = useTranslation();
  const lang = useLang();
  const grants = useGrants("received");
  const rows = (grants.data ?? []).filter((g) => g.scope === "rating" && g.active);
  const columns: TableColumnsType<TGrant> = [
    { key: "grantor", title: t("rating.entity.grantor"), render: (_, g) => orgName(g.grantor, lang) },
    { key: "purpose", title: t("grants.purpose"), dataIndex: "purpose" },
    { key: "expires", title: t("rating.entity.grantExpires"), render: (_, g) => formatDate(g.expiresAt, lang) },
    {
      key: "open",
      title: t("common.actions"),
      render: (_, g) => (
        <Link to={`/rating/entities/${g.grantor.id}`}>
          <Button type="link" size="small" data-testid="granted-rating-open">
            {t("rating.entity.grantedOpen")}
          </Button>
        </Link>
      ),
    },
  ];
  return (
    <div data-testid="page-rating-granted">
      <PageHeader title={t("rating.title")} subtitle={t("rating.subtitleGranted")} extra={<RatingNavButtons />} />
      <Card variant="borderless">
        {grants.error ? (
          <LoadError error={grants.error} onRetry={() => void grants.refetch()} />
        ) : (
          <Table<TGrant>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={grants.isPending}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t("rating.entity.grantedEmpty") }}
          />
        )}
      </Card>
    </div>
  );
}
