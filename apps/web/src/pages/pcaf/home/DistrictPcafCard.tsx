import { FundOutlined } from "@ant-design/icons";
import { Button, Card, Skeleton, Space, Statistic } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useDistrictPcaf } from "../../../api/pcaf";
import { LoadError } from "../../../components/LoadError";
import { useLang } from "../../../lib/labels";
import { defaultPcafYear, fmtDec, fmtYuanShort, sumDec } from "../shared/format";
import "../shared/pcaf.css";

/** The district home's line on financed emissions: how many institutions reported for last year, and their totals. */
export function DistrictPcafCard() {
  const { t } = useTranslation();
  const lang = useLang();
  const year = defaultPcafYear();
  const q = useDistrictPcaf(year);
  const rows = q.data ?? [];
  return (
    <Card
      variant="borderless"
      title={t("pcaf.home.districtCard")}
      data-testid="home-district-pcaf"
      extra={
        <Link to={`/carbon/pcaf?year=${year}`}>
          <Button type="link" icon={<FundOutlined />} data-testid="home-district-pcaf-link">
            {t("pcaf.home.districtOpen")}
          </Button>
        </Link>
      }
    >
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : q.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : rows.length === 0 ? (
        <span className="gf-pcaf-sub" data-testid="home-district-pcaf-ready">
          {t("pcaf.home.districtNone", { year })}
        </span>
      ) : (
        <Space size={32} wrap data-testid="home-district-pcaf-ready">
          <Statistic title={t("pcaf.home.districtInstitutions", { year })} value={rows.length} />
          <Statistic
            title={t("pcaf.district.kpi.financed")}
            value={fmtDec(sumDec(rows.map((r) => r.financedScope12Tco2e)), 0)}
            suffix={<small className="gf-pcaf-sub">tCO2e</small>}
          />
          <Statistic
            title={t("pcaf.district.kpi.outstanding")}
            value={fmtYuanShort(sumDec(rows.map((r) => r.outstanding)), lang)}
          />
        </Space>
      )}
    </Card>
  );
}
