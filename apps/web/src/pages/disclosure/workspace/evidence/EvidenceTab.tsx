import { UploadOutlined } from "@ant-design/icons";
import type { TDisclosureTemplate } from "@greenfin/contracts";
import { Button, Progress, Select, Space, Typography, Upload } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { LoadError } from "../../../../components/LoadError";
import { useLang } from "../../../../lib/labels";
import { useEvidence } from "../../shared/queries";
import { EvidenceTable } from "./EvidenceTable";
import { useEvidenceActions } from "./useEvidenceActions";

/** 证据: supporting documents per indicator (meter readings, verification statements …). */
export function EvidenceTab({
  disclosureId,
  template,
  editable,
}: {
  disclosureId: string;
  template: TDisclosureTemplate;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useEvidence(disclosureId);
  const { indicatorId, setIndicatorId, customRequest, progress, remove } = useEvidenceActions(disclosureId);
  const items = useMemo(() => new Map(template.topics.flatMap((tp) => tp.items).map((i) => [i.id, i])), [template]);

  return (
    <div data-testid="evidence-tab">
      {editable && (
        <div className="gf-table-toolbar" style={{ justifyContent: "flex-start" }}>
          <Space wrap>
            <Select
              showSearch
              optionFilterProp="label"
              style={{ width: 420 }}
              placeholder={t("disclosure.evidence.pickIndicator")}
              value={indicatorId}
              onChange={setIndicatorId}
              data-testid="evidence-indicator"
              options={template.topics.map((tp) => ({
                label: lang === "en" ? tp.topicEn : tp.topicZh,
                title: tp.topicZh,
                options: tp.items.map((i) => ({
                  value: i.id,
                  label: `${i.id} ${lang === "en" ? i.nameEn : i.nameZh}`,
                })),
              }))}
            />
            <Upload
              accept=".pdf,.png,.jpg,.jpeg,.xlsx"
              showUploadList={false}
              customRequest={customRequest}
              disabled={!indicatorId || progress !== null}
              data-testid="evidence-upload"
            >
              <Button icon={<UploadOutlined />} disabled={!indicatorId} loading={progress !== null}>
                {t("disclosure.evidence.upload")}
              </Button>
            </Upload>
            <Typography.Text type="secondary">{t("disclosure.evidence.hint")}</Typography.Text>
          </Space>
          {progress !== null && <Progress percent={progress} size="small" style={{ width: 200 }} />}
        </div>
      )}
      {list.error ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <EvidenceTable
          rows={list.data}
          loading={list.isPending}
          items={items}
          canRemove={editable}
          onRemove={(id) => remove.mutateAsync(id)}
        />
      )}
    </div>
  );
}
