import { PlusOutlined } from "@ant-design/icons";
import type { TTargetWithProgress } from "@greenfin/contracts";
import { Button, Card, Col, Empty, Row, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useStatTargets } from "../../../api/statistics";
import { useSession } from "../../../app/auth";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { formatDateTime } from "../../../lib/dates";
import { useLang } from "../../../lib/labels";
import { ObservationModal } from "./ObservationModal";
import { TargetCard } from "./TargetCard";
import { TargetFormModal } from "./TargetFormModal";
import { TargetsTable } from "./TargetsTable";
import { useTargetActions } from "./useTargetActions";

/**
 * /statistics/targets — 目标与进展: every target with its progress and projection; the district creates, edits and
 * deletes targets and enters the observations of metrics the platform does not hold.
 */
export default function TargetsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const canEdit = session.activeOrg.kind === "district" && (session.role === "admin" || session.role === "analyst");
  const q = useStatTargets();
  const actions = useTargetActions();
  const [editing, setEditing] = useState<TTargetWithProgress | "new" | null>(null);
  const [observing, setObserving] = useState<TTargetWithProgress | null>(null);
  return (
    <div data-testid="page-stat-targets">
      <PageHeader
        title={t("statistics.targets.title")}
        subtitle={
          <>
            {t("statistics.targets.subtitle")}
            {q.data && <> · {t("statistics.targets.asOf", { when: formatDateTime(q.data.asOf, lang) })}</>}
          </>
        }
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="new-target">
              {t("statistics.targets.new")}
            </Button>
          )
        }
      />
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <Skeleton active />
      ) : q.data.targets.length === 0 ? (
        <Card variant="borderless">
          <Empty description={canEdit ? t("statistics.targets.emptyDistrict") : t("statistics.targets.empty")} />
        </Card>
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {q.data.targets.map((target) => (
              <Col key={target.key} xs={24} xl={12} xxl={8}>
                <TargetCard
                  target={target}
                  canEdit={canEdit}
                  onEdit={() => setEditing(target)}
                  onObserve={() => setObserving(target)}
                  onDelete={() => void actions.remove(target.key)}
                  onRemoveObservation={(year) => void actions.removeObservation(target.key, year)}
                />
              </Col>
            ))}
          </Row>
          <Card
            variant="borderless"
            size="small"
            title={t("statistics.targets.tableTitle")}
            style={{ marginBottom: 16 }}
          >
            <TargetsTable targets={q.data.targets} />
          </Card>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="targets-method">
            {t("statistics.targets.method")}
            {lang === "en" ? `: ${q.data.methodEn}` : `：${q.data.methodZh}`}
          </Typography.Paragraph>
        </>
      )}
      <TargetFormModal
        open={editing !== null}
        target={editing === "new" ? null : editing}
        busy={actions.busy}
        onCancel={() => setEditing(null)}
        onSave={async (key, body, form) => {
          if (await actions.save(key, body, form)) setEditing(null);
        }}
      />
      <ObservationModal
        target={observing}
        busy={actions.busy}
        onCancel={() => setObserving(null)}
        onSave={async (key, body, form) => {
          if (await actions.observe(key, body, form)) setObserving(null);
        }}
      />
    </div>
  );
}
