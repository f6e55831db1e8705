import { AuditOutlined, BookOutlined, HeatMapOutlined, WarningOutlined } from "@ant-design/icons";
import { Badge, Button, Space } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useRatingAccess } from "./access";
import { useOverrides } from "./queries";

/** The rating module's other pages, as buttons in a page header (for the agency and the district). */
export function RatingNavButtons() {
  const { t } = useTranslation();
  const a = useRatingAccess();
  const pending = useOverrides("pending", a.overseer);
  return (
    <Space wrap>
      {a.overseer && (
        <Link to="/rating/overrides">
          <Badge count={pending.data?.length ?? 0} size="small" offset={[-4, 2]}>
            <Button icon={<AuditOutlined />} data-testid="rating-link-overrides">
              {t("rating.nav.overrides")}
            </Button>
          </Badge>
        </Link>
      )}
      {a.district && (
        <Link to="/rating/district">
          <Button icon={<HeatMapOutlined />} data-testid="rating-link-district">
            {t("rating.nav.district")}
          </Button>
        </Link>
      )}
      {a.overseer && (
        <Link to="/rating/controversies">
          <Button icon={<WarningOutlined />} data-testid="rating-link-controversies">
            {t("rating.nav.controversies")}
          </Button>
        </Link>
      )}
      <Link to="/rating/methodologies">
        <Button icon={<BookOutlined />} data-testid="rating-link-methodologies">
          {t("rating.nav.methodologies")}
        </Button>
      </Link>
    </Space>
  );
}
