import { CloudOutlined, WarningOutlined } from "@ant-design/icons";
import { Alert, Button, Descriptions, Drawer, Empty, Skeleton, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type PcafPositionResultView, type TPcafPositionDetail, usePcafPosition } from "../../../api/pcaf";
import { LoadError } from "../../../components/LoadError";
import { useLang } from "../../../lib/labels";
import { fmtDec, fmtT, fmtYuan } from "../shared/format";
import { assetClassName, DqScore, evidenceName, sectionName } from "../shared/widgets";

type Factor = PcafPositionResultView["factors"][number];

/** The result object, read defensively: whatever is missing shows as absent rather than breaking the drawer. */
function resultOf(d: TPcafPositionDetail): Partial<PcafPositionResultView> {
  return (d.result ?? {}) as Partial<PcafPositionResultView>;
}

function denominatorName(t: TFunction, kind: string): string {
  const k = `pcaf.denominator.${kind}`;
  const name = t(k as never) as string;
  return name === k ? kind : name;
}

const unverified = (v: string) => /unverified/i.test(v);

/** The attribution in one line: factor = numerator ÷ denominator (capped at 1 when it was above). */
function Formula({ r, assetClass }: { r: Partial<PcafPositionResultView>; assetClass: string }) {
  const { t } = useTranslation();
  const a = r.attribution;
  if (!a) return <div className="gf-pcaf-formula">{t("pcaf.drawer.noAttribution")}</div>;
  const numerator = assetClass === "sovereign_debt" ? t("pcaf.drawer.exposureUsd") : t("pcaf.drawer.outstanding");
  return (
    <div className="gf-pcaf-formula" data-testid="pcaf-drawer-formula">
      <div>
        {t("pcaf.drawer.factor")} = {numerator} ÷ {denominatorName(t, a.denominator.kind)}
      </div>
      <div>
        = {fmtDec(a.numerator, 2)} ÷ {fmtDec(a.denominator.value, 2)} = <b>{fmtDec(a.uncapped, 12, 2)}</b>
        {a.capped && (
          <Tag color="orange" style={{ marginInlineStart: 8 }}>
            {t("pcaf.drawer.capped", { factor: fmtDec(a.factor, 12, 0) })}
          </Tag>
        )}
      </div>
      {r.emissions && r.financedScope12Tco2e !== null && (
        <div>
          {t("pcaf.drawer.financed12")} = {fmtDec(a.factor, 12, 4)} × {fmtT(r.emissions.scope12Tco2e)} tCO2e ={" "}
          <b>{fmtDec(r.financedScope12Tco2e, 6, 2)} tCO2e</b>
        </div>
      )}
      {r.emissions?.scope3Tco2e && r.financedScope3Tco2e && (
        <div>
          {t("pcaf.drawer.financed3")} = {fmtDec(a.factor, 12, 4)} × {fmtT(r.emissions.scope3Tco2e)} tCO2e ={" "}
          <b>{fmtDec(r.financedScope3Tco2e, 6, 2)} tCO2e</b>
        </div>
      )}
    </div>
  );
}

function Body({ d }: { d: TPcafPositionDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const r = resultOf(d);
  const lines = (lang === "en" ? r.explanation?.en : r.explanation?.zh) ?? [];
  const dq = r.dataQuality;
  return (
    <div data-testid="pcaf-drawer-body">
      {d.orgId && (
        <Alert
          type="success"
          showIcon
          icon={<CloudOutlined />}
          style={{ marginBottom: 12 }}
          title={t("pcaf.drawer.onPlatform")}
          action={
            <Link to={`/carbon/accounts/${d.orgId}`} data-testid="pcaf-drawer-account-link">
              <Button size="small">{t("pcaf.drawer.openAccount")}</Button>
            </Link>
          }
        />
      )}
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          { key: "class", label: t("pcaf.positions.col.assetClass"), children: assetClassName(t, d.assetClass) },
          {
            key: "counterparty",
            label: t("pcaf.positions.col.counterparty"),
            children: (
              <span>
                {d.counterpartyName ?? d.counterparty ?? "—"}
                {d.counterpartyName && d.counterparty && (
                  <div className="gf-pcaf-sub gf-pcaf-mono">{d.counterparty}</div>
                )}
              </span>
            ),
          },
          {
            key: "sector",
            label: t("pcaf.positions.col.sector"),
            children: (
              <span>
                {d.sector ?? "—"}
                {d.section && <div className="gf-pcaf-sub">{sectionName(t, d.section, lang)}</div>}
              </span>
            ),
          },
          {
            key: "outstanding",
            label: t("pcaf.drawer.outstandingYuan"),
            children: <span className="gf-pcaf-num">{fmtYuan(d.outstanding)}</span>,
          },
          {
            key: "financed12",
            label: t("pcaf.positions.col.financed12"),
            children: (
              <b className="gf-pcaf-num" data-testid="pcaf-drawer-financed">
                {d.financedScope12Tco2e === null
                  ? t("pcaf.positions.notCovered")
                  : fmtDec(d.financedScope12Tco2e, 6, 2)}
              </b>
            ),
          },
          {
            key: "financed3",
            label: t("pcaf.positions.col.financed3"),
            children: (
              <span className="gf-pcaf-num">
                {fmtDec(d.financedScope3Tco2e, 6, 2)}
                {r.scope3Required && (
                  <Tooltip title={t("pcaf.drawer.scope3RequiredHint")}>
                    <Tag color={d.financedScope3Tco2e ? "green" : "orange"} style={{ marginInlineStart: 6 }}>
                      {t("pcaf.drawer.scope3Required")}
                    </Tag>
                  </Tooltip>
                )}
              </span>
            ),
          },
          ...(r.revenueIntensity
            ? [
                {
                  key: "intensity",
                  label: t("pcaf.drawer.revenueIntensity"),
                  span: 2,
                  children: (
                    <span className="gf-pcaf-num">
                      {fmtDec(r.revenueIntensity, 6, 2)} {t("pcaf.unit.perRevenue")}
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />

      <div className="gf-pcaf-section-title">{t("pcaf.drawer.attribution")}</div>
      <Formula r={r} assetClass={d.assetClass} />

      <div className="gf-pcaf-section-title">{t("pcaf.drawer.emissions")}</div>
      <Descriptions
        size="small"
        column={2}
        bordered
        data-testid="pcaf-drawer-emissions"
        items={[
          {
            key: "s12",
            label: t("pcaf.drawer.emissions12"),
            children: (
              <span className="gf-pcaf-num">{r.emissions ? `${fmtT(r.emissions.scope12Tco2e)} tCO2e` : "—"}</span>
            ),
          },
          {
            key: "s3",
            label: t("pcaf.drawer.emissions3"),
            children: (
              <span className="gf-pcaf-num">
                {r.emissions?.scope3Tco2e ? `${fmtT(r.emissions.scope3Tco2e)} tCO2e` : "—"}
              </span>
            ),
          },
          {
            key: "evidence",
            label: t("pcaf.drawer.evidence"),
            children: evidenceName(t, dq?.evidence ?? d.evidence),
          },
          {
            key: "dq",
            label: t("pcaf.drawer.dq"),
            children: dq ? (
              <Space>
                <DqScore value={dq.score} />
                <span>{t("pcaf.drawer.option", { option: dq.option })}</span>
              </Space>
            ) : (
              "—"
            ),
          },
        ]}
      />

      <div className="gf-pcaf-section-title">{t("pcaf.drawer.factors")}</div>
      {(r.factors ?? []).length === 0 ? (
        <div className="gf-pcaf-sub">{t("pcaf.drawer.noFactors")}</div>
      ) : (
        <Table<Factor>
          size="small"
          rowKey={(f, i) => `${f.id}-${i}`}
          pagination={false}
          dataSource={[...(r.factors ?? [])]}
          data-testid="pcaf-drawer-factors"
          scroll={{ x: "max-content" }}
          columns={[
            {
              key: "id",
              title: t("pcaf.drawer.factorId"),
              render: (_, f) => <span className="gf-pcaf-mono">{f.id}</span>,
            },
            {
              key: "value",
              title: t("pcaf.drawer.factorValue"),
              align: "right",
              render: (_, f) => <span className="gf-pcaf-num">{fmtDec(f.value, 6, 0)}</span>,
            },
            { key: "unit", title: t("pcaf.drawer.factorUnit"), dataIndex: "unit" },
            {
              key: "source",
              title: t("pcaf.drawer.source"),
              render: (_, f) => (
                <Typography.Paragraph
                  ellipsis={{ rows: 2, tooltip: <div style={{ maxHeight: 320, overflow: "auto" }}>{f.source}</div> }}
                  style={{ maxWidth: 280, minWidth: 180, fontSize: 12, margin: 0 }}
                >
                  {f.source}
                </Typography.Paragraph>
              ),
            },
            {
              key: "verification",
              title: t("pcaf.drawer.verification"),
              render: (_, f) =>
                unverified(f.verification) ? (
                  <Tooltip title={f.verification}>
                    <Tag color="orange" icon={<WarningOutlined />}>
                      {t("pcaf.drawer.unverified")}
                    </Tag>
                  </Tooltip>
                ) : (
                  <Tooltip title={f.verification}>
                    <Tag color="green">{t("pcaf.drawer.verified")}</Tag>
                  </Tooltip>
                ),
            },
          ]}
        />
      )}

      <div className="gf-pcaf-section-title">{t("pcaf.drawer.explanation")}</div>
      {lines.length === 0 ? (
        <div className="gf-pcaf-sub">—</div>
      ) : (
        <ol className="gf-pcaf-explain" data-testid="pcaf-drawer-explanation">
          {lines.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines are a fixed ordered trace
            <li key={i}>{l}</li>
          ))}
        </ol>
      )}
      {r.reference && (
        <div className="gf-pcaf-sub" style={{ marginTop: 12 }}>
          {t("pcaf.drawer.reference", { reference: r.reference })}
        </div>
      )}
    </div>
  );
}

/** One position's whole trace: attribution formula, emissions with their evidence and DQ option, factors, explanation. */
export function PositionDrawer({
  runId,
  positionId,
  onClose,
}: {
  runId: string;
  positionId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const q = usePcafPosition(runId, positionId);
  return (
    <Drawer
      open={!!positionId}
      onClose={onClose}
      size={820}
      destroyOnHidden
      title={
        <span data-testid="pcaf-drawer-title">
          {t("pcaf.drawer.title")} <span className="gf-pcaf-mono">{positionId}</span>
        </span>
      }
      data-testid="pcaf-drawer"
    >
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data ? (
        <Body d={q.data} />
      ) : q.isPending ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <Empty />
      )}
    </Drawer>
  );
}
