import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import type { TTargetWithProgress } from "@greenfin/contracts";
import { Alert, Button, Card, Collapse, Popconfirm, Progress, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/labels";
import { readableFigure } from "../reports/shared/figureFormat";
import { named, useUnitLabel } from "../reports/shared/labels";
import { TargetChart } from "./TargetChart";

interface Props {
  target: TTargetWithProgress;
  canEdit: boolean;
  onEdit: () => void;
  onObserve: () => void;
  onDelete: () => void;
  onRemoveObservation: (year: number) => void;
}

/** One target: baseline → target, progress so far, the projection to the target year, its chart and its trace. */
export function TargetCard({ target, canEdit, onEdit, onObserve, onDelete, onRemoveObservation }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const unitLabel = useUnitLabel();
  const fig = (v: string | null | undefined) => readableFigure(v, target.unit, lang, unitLabel(target.unit));
  const pct = target.progressPercent === null ? null : Math.max(0, Math.min(100, Number(target.progressPercent)));
  const p = target.projection;
  const entered = target.observations.filter((o) => o.origin === "entered");
  const status = target.achieved ? "success" : p && !p.onTrack ? "exception" : "normal";
  return (
    <Card
      variant="borderless"
      size="small"
      style={{ height: "100%" }}
      data-testid={`target-${target.key}`}
      title={<span title={named(target, lang)}>{named(target, lang)}</span>}
      extra={
        canEdit && (
          <Space size={0}>
            <Button
              type="link"
              size="small"
              icon={<PlusOutlined />}
              onClick={onObserve}
              data-testid={`observe-${target.key}`}
            >
              {t("statistics.targets.observe")}
            </Button>
            <Button
              type="link"
              size="small"
              icon={<EditOutlined />}
              onClick={onEdit}
              data-testid={`edit-${target.key}`}
            >
              {t("statistics.targets.edit")}
            </Button>
            <Popconfirm
              title={t("statistics.targets.deleteConfirm", { name: named(target, lang) })}
              okButtonProps={{ danger: true }}
              onConfirm={onDelete}
            >
              <Button type="link" size="small" danger icon={<DeleteOutlined />} data-testid={`delete-${target.key}`}>
                {t("statistics.targets.delete")}
              </Button>
            </Popconfirm>
          </Space>
        )
      }
    >
      <Space size={[4, 4]} wrap style={{ marginBottom: 8 }}>
        <Tag>{t(`statistics.targets.direction.${target.direction}`)}</Tag>
        <Tag color="blue">{t(`statistics.targets.dataSource.${target.dataSource}`)}</Tag>
        <Typography.Text type="secondary" className="gf-mono" style={{ fontSize: 12 }}>
          {target.metric}
        </Typography.Text>
      </Space>
      <div style={{ display: "flex", gap: 24, flexWrap: "wrap", marginBottom: 8 }}>
        <Figure
          label={`${t("statistics.targets.baseline")} ${target.baselineYear}`}
          value={fig(target.baselineValue)}
        />
        <Figure
          label={
            target.latest ? `${t("statistics.targets.latest")} ${target.latest.year}` : t("statistics.targets.latest")
          }
          value={fig(target.latest?.value)}
        />
        <Figure
          label={`${t("statistics.targets.target")} ${target.targetYear}`}
          value={fig(target.targetValue)}
          strong
        />
      </div>
      {pct === null ? (
        target.latest && <Typography.Text type="secondary">{t("statistics.targets.noProgress")}</Typography.Text>
      ) : (
        <Progress
          percent={pct}
          status={status}
          format={() => `${target.progressPercent} %`}
          data-testid={`progress-${target.key}`}
        />
      )}
      <div style={{ fontSize: 13, margin: "4px 0 8px" }}>
        {target.achieved && <Tag color="success">{t("statistics.targets.achieved")}</Tag>}
        {p && (
          <>
            <Tag color={p.onTrack ? "green" : "red"}>
              {p.onTrack ? t("statistics.targets.onTrack") : t("statistics.targets.offTrack")}
            </Tag>
            {t("statistics.targets.projectedText", { year: p.targetYear, value: fig(p.projected) })}
          </>
        )}
        {target.neededAnnualChange !== null && !target.achieved && (
          <Typography.Text type="secondary">
            {" · "}
            {t("statistics.targets.needed", { value: fig(target.neededAnnualChange) })}
          </Typography.Text>
        )}
      </div>
      {(!target.latest || !p) && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={target.latest ? t("statistics.targets.tooFewForTrend") : t("statistics.targets.noData")}
        />
      )}
      <TargetChart target={target} />
      <Collapse
        size="small"
        ghost
        items={[
          {
            key: "trace",
            label: t("statistics.targets.trace"),
            children: (
              <ol style={{ margin: 0, paddingInlineStart: 18, fontSize: 12 }}>
                {[...target.reasons, ...target.trace].map((line) => (
                  <li key={line}>{line}</li>
                ))}
                <li>{target.source}</li>
              </ol>
            ),
          },
          ...(entered.length
            ? [
                {
                  key: "obs",
                  label: `${t("statistics.targets.observations")} (${entered.length})`,
                  children: entered.map((o) => (
                    <div key={o.year} style={{ fontSize: 12, display: "flex", gap: 8, alignItems: "center" }}>
                      <strong>{o.year}</strong> {fig(o.value)}
                      <Typography.Text type="secondary" ellipsis style={{ flex: 1 }}>
                        {o.source}
                      </Typography.Text>
                      {canEdit && (
                        <Popconfirm
                          title={t("statistics.targets.removeObservation")}
                          onConfirm={() => onRemoveObservation(o.year)}
                        >
                          <Button type="text" size="small" danger icon={<DeleteOutlined />} />
                        </Popconfirm>
                      )}
                    </div>
                  )),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

function Figure({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div>
      <div style={{ fontSize: 12, color: "#5b6b63" }}>{label}</div>
      <div style={{ fontSize: 16, fontWeight: strong ? 600 : 500, color: strong ? "#0b5d3f" : undefined }}>{value}</div>
    </div>
  );
}
