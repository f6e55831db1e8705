import {
  BankOutlined,
  MoneyCollectOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { TDistrictOverview } from "@greenfin/contracts";
import { Col, Row, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { KpiCard } from "../../components/KpiCard";
import { FINANCIAL_KINDS, useLang } from "../../lib/labels";
import { formatYuanExact, yuanInLargeUnit } from "../../lib/money";

const fmt = (n: number, lang: string) => n.toLocaleString(lang);

export function DistrictKpis({ data, loading }: { data: TDistrictOverview | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const count = (kind: string) => data?.byKind.find((k) => k.kind === kind)?.count ?? 0;
  const fi = FINANCIAL_KINDS.reduce((s, k) => s + count(k), 0);
  const revenue = data ? yuanInLargeUnit(data.totalEnterpriseRevenueCny, lang) : { value: "", unit: "" };
  const unit = lang === "en" ? undefined : t("district.companies");

  return (
    <Row gutter={[16, 16]} data-testid="district-kpis">
      <Col flex="1 1 180px">
        <KpiCard
          testId="kpi-enterprises"
          icon={<ShopOutlined />}
          color="#0b6b47"
          label={t("district.enterprises")}
          value={fmt(count("enterprise"), lang)}
          unit={unit}
          loading={loading}
          foot={`${t("district.others")} ${fmt(count("rating_agency") + count("verifier"), lang)}`}
        />
      </Col>
      <Col flex="1 1 180px">
        <KpiCard
          testId="kpi-institutions"
          icon={<BankOutlined />}
          color="#1d7fb8"
          label={t("district.institutions")}
          value={fmt(fi, lang)}
          unit={unit}
          loading={loading}
          foot={
            <span className="gf-kpi-breakdown">
              {FINANCIAL_KINDS.map((k) => (
                <span key={k}>
                  {t(`kinds.${k}`)} {count(k)}
                </span>
              ))}
            </span>
          }
        />
      </Col>
      <Col flex="1 1 180px">
        <KpiCard
          testId="kpi-users"
          icon={<TeamOutlined />}
          color="#7a5cc1"
          label={t("district.users")}
          value={fmt(data?.users ?? 0, lang)}
          loading={loading}
        />
      </Col>
      <Col flex="1 1 180px">
        <KpiCard
          testId="kpi-grants"
          icon={<SafetyCertificateOutlined />}
          color="#c9a227"
          label={t("district.activeGrants")}
          value={fmt(data?.activeGrants ?? 0, lang)}
          loading={loading}
        />
      </Col>
      <Col flex="1 1 230px">
        <KpiCard
          testId="kpi-revenue"
          icon={<MoneyCollectOutlined />}
          color="#e07b39"
          label={t("district.revenue")}
          value={<Tooltip title={data ? formatYuanExact(data.totalEnterpriseRevenueCny) : ""}>{revenue.value}</Tooltip>}
          unit={revenue.unit}
          small={revenue.value.length > 8}
          loading={loading}
        />
      </Col>
    </Row>
  );
}
