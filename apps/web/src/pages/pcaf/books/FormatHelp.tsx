import { DownloadOutlined } from "@ant-design/icons";
import { Button, Collapse, Space, Table, Tag } from "antd";
import { useTranslation } from "react-i18next";

type Need = "yes" | "some" | "no";
interface ColumnDoc {
  name: string;
  zh: string;
  need: Need;
}

/** The columns of the two files (docs/carbon-data-formats.md §2–3); headers may be English or Chinese. */
const POSITION_COLUMNS: readonly ColumnDoc[] = [
  { name: "position_id", zh: "头寸编号", need: "yes" },
  { name: "asset_class", zh: "资产类别", need: "yes" },
  { name: "counterparty", zh: "交易对手", need: "some" },
  { name: "outstanding", zh: "余额", need: "yes" },
  { name: "currency", zh: "币种", need: "no" },
  { name: "sector", zh: "行业", need: "no" },
  { name: "property_value", zh: "物业价值", need: "some" },
  { name: "floor_area_m2", zh: "建筑面积", need: "some" },
  { name: "building_type", zh: "建筑类型", need: "no" },
  { name: "vehicle_value", zh: "车辆价值", need: "some" },
  { name: "vehicle_type", zh: "车辆类型", need: "no" },
  { name: "project_total", zh: "项目总投资", need: "some" },
  { name: "project_emissions_tco2e", zh: "项目排放", need: "no" },
  { name: "country", zh: "国家", need: "some" },
];

const COUNTERPARTY_COLUMNS: readonly ColumnDoc[] = [
  { name: "counterparty", zh: "交易对手", need: "yes" },
  { name: "name", zh: "名称", need: "no" },
  { name: "sector", zh: "行业", need: "yes" },
  { name: "revenue", zh: "营业收入", need: "no" },
  { name: "total_assets", zh: "总资产", need: "no" },
  { name: "evic", zh: "企业价值", need: "some" },
  { name: "total_equity_and_debt", zh: "权益与负债合计", need: "some" },
  { name: "scope1_tco2e", zh: "范围一排放", need: "no" },
  { name: "scope2_tco2e", zh: "范围二排放", need: "no" },
  { name: "scope3_tco2e", zh: "范围三排放", need: "no" },
  { name: "emissions_source", zh: "排放来源", need: "no" },
];

const SAMPLE_POSITIONS = [
  "position_id,asset_class,counterparty,outstanding,currency,sector,property_value,floor_area_m2,vehicle_value,project_total,project_emissions_tco2e,country",
  "L-0001,business_loan,91370200MA3C000001,50000000,CNY,,,,,,,",
  "M-0001,mortgage,,1200000,CNY,,2500000,95,,,,",
].join("\n");
const SAMPLE_COUNTERPARTIES = [
  "counterparty,name,sector,revenue,total_assets,evic,total_equity_and_debt,scope1_tco2e,scope2_tco2e,emissions_source",
  "91370200MA3C000001,示例化工有限公司,C2614,800000000,1500000000,,1200000000,52000,18000,reported",
].join("\n");

function saveCsv(name: string, text: string) {
  // A BOM so that Excel opens the Chinese names in UTF-8.
  const url = URL.createObjectURL(new Blob([`\uFEFF${text}\n`], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function ColumnTable({ rows, file }: { rows: readonly ColumnDoc[]; file: "positions" | "counterparties" }) {
  const { t } = useTranslation();
  const needColour = { yes: "green", some: "gold", no: "default" } as const;
  return (
    <Table<ColumnDoc>
      size="small"
      rowKey="name"
      pagination={false}
      dataSource={[...rows]}
      columns={[
        { key: "name", title: t("pcaf.format.column"), render: (_, c) => <code>{c.name}</code>, width: 190 },
        { key: "zh", title: t("pcaf.format.zhHeader"), dataIndex: "zh", width: 120 },
        {
          key: "need",
          title: t("pcaf.format.required"),
          width: 110,
          render: (_, c) => <Tag color={needColour[c.need]}>{t(`pcaf.format.need.${c.need}`)}</Tag>,
        },
        {
          key: "meaning",
          title: t("pcaf.format.meaning"),
          render: (_, c) => t(`pcaf.format.${file}.${c.name}` as never),
        },
      ]}
    />
  );
}

/** What the two files hold: a short list of the columns, and two example files to start from. */
export function FormatHelp() {
  const { t } = useTranslation();
  return (
    <div data-testid="pcaf-format-help">
      <div className="gf-pcaf-sub" style={{ marginBottom: 8 }}>
        {t("pcaf.format.intro")}
      </div>
      <Space wrap style={{ marginBottom: 8 }}>
        <Button
          size="small"
          icon={<DownloadOutlined />}
          onClick={() => saveCsv("positions-sample.csv", SAMPLE_POSITIONS)}
        >
          {t("pcaf.format.samplePositions")}
        </Button>
        <Button
          size="small"
          icon={<DownloadOutlined />}
          onClick={() => saveCsv("counterparties-sample.csv", SAMPLE_COUNTERPARTIES)}
        >
          {t("pcaf.format.sampleCounterparties")}
        </Button>
      </Space>
      <Collapse
        size="small"
        items={[
          {
            key: "positions",
            label: t("pcaf.format.positionsTitle"),
            children: <ColumnTable rows={POSITION_COLUMNS} file="positions" />,
          },
          {
            key: "counterparties",
            label: t("pcaf.format.counterpartiesTitle"),
            children: <ColumnTable rows={COUNTERPARTY_COLUMNS} file="counterparties" />,
          },
        ]}
      />
    </div>
  );
}
