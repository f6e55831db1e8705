import { PlusOutlined } from "@ant-design/icons";
import type { TControversy } from "@greenfin/contracts";
import { Button, Card } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { useRatingAccess } from "../shared/access";
import { useControversies } from "../shared/queries";
import { ControversyTable } from "./ControversyTable";
import { EntitySelect } from "./EntitySelect";
import { RecordControversyModal } from "./RecordControversyModal";
import { StatusModal } from "./StatusModal";
import "../shared/rating.css";

/** /rating/controversies — the district and rating agencies record events and change their status; an organisation sees its own. */
export default function ControversiesPage() {
  const { t } = useTranslation();
  const a = useRatingAccess();
  const [entityId, setEntityId] = useState<string | undefined>();
  const [recording, setRecording] = useState(false);
  const [changing, setChanging] = useState<TControversy | null>(null);
  const list = useControversies(a.overseer ? entityId : undefined);
  return (
    <div data-testid="page-rating-controversies">
      <PageHeader
        title={t("rating.controversy.title")}
        subtitle={a.overseer ? t("rating.controversy.subtitle") : t("rating.controversy.subtitleOwn")}
        extra={
          a.canRecord && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRecording(true)}
              data-testid="controversy-record"
            >
              {t("rating.controversy.record")}
            </Button>
          )
        }
      />
      <Card variant="borderless">
        {list.error ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <ControversyTable
            items={list.data}
            loading={list.isPending}
            showEntity={a.overseer}
            entityLinks={a.district}
            onChangeStatus={a.canRecord ? setChanging : undefined}
            toolbar={
              a.overseer && (
                <EntitySelect
                  allowClear
                  value={entityId}
                  onChange={setEntityId}
                  placeholder={t("rating.controversy.entityFilter")}
                  style={{ width: 320 }}
                  testId="controversy-filter"
                />
              )
            }
          />
        )}
      </Card>
      <RecordControversyModal open={recording} onClose={() => setRecording(false)} entityId={entityId} />
      <StatusModal item={changing} onClose={() => setChanging(null)} />
    </div>
  );
}
