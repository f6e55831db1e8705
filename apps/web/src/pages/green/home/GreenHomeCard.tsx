import { DatabaseOutlined } from "@ant-design/icons";
import { Button, Card, Skeleton, Space, Statistic } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type GreenProjectFilters, useGreenProjects } from "../../../api/green";
import { useSession } from "../../../app/auth";
import { isReviewer } from "../shared/access";

/** How many projects a filter finds (one row fetched: the page's total is the count). */
function useCount(f: GreenProjectFilters) {
  const q = useGreenProjects({ ...f, page: 1, pageSize: 1 });
  return { value: q.data?.total, pending: q.isPending };
}

/**
 * The home page's green-project card: an enterprise's own projects by stage, a reviewer's queue, an institution's
 * view of the library; links to /green/projects.
 */
export function GreenHomeCard() {
  const { t } = useTranslation();
  const session = useSession();
  const enterprise = session.activeOrg.kind === "enterprise";
  const scope: GreenProjectFilters = enterprise ? { mine: "true" } : {};
  const all = useCount(scope);
  const awaiting = useCount({ ...scope, stage: "submitted" });
  const third = useCount({ ...scope, stage: enterprise ? "monitored" : "certified" });
  const reviewer = isReviewer(session.activeOrg.kind, session.role);
  return (
    <Card
      variant="borderless"
      title={t("green.home.card")}
      data-testid="home-green"
      style={{ height: "100%" }}
      extra={
        <Link to="/green/projects">
          <Button type="link" icon={<DatabaseOutlined />} data-testid="home-green-link">
            {t("green.home.open")}
          </Button>
        </Link>
      }
    >
      {all.pending ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Space size={40} wrap>
          <Statistic title={enterprise ? t("green.home.mine") : t("green.home.library")} value={all.value ?? 0} />
          <Statistic
            title={reviewer ? t("green.home.queue") : t("green.stage.submitted")}
            value={awaiting.value ?? 0}
          />
          <Statistic title={t(`green.stage.${enterprise ? "monitored" : "certified"}`)} value={third.value ?? 0} />
        </Space>
      )}
    </Card>
  );
}
