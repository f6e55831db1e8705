import { SwapOutlined } from "@ant-design/icons";
import type { TDisclosure, TDisclosureTemplate } from "@greenfin/contracts";
import { useQuery } from "@tanstack/react-query";
import { Card, Select, Space, Switch, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { disclosuresApi } from "../../../../api/disclosure";
import { LoadError } from "../../../../components/LoadError";
import { dk } from "../../shared/queries";
import { CompareTable } from "./CompareTable";
import { RevisionsTable } from "./RevisionsTable";

type Version = number | "draft";

/** 版本: the revisions, and any two of them (or one against the working draft) compared side by side. */
export function RevisionsTab({ disclosure: d, template }: { disclosure: TDisclosure; template: TDisclosureTemplate }) {
  const { t } = useTranslation();
  const owner = d.access === "owner";
  const versions: Version[] = [...(owner ? (["draft"] as const) : []), ...d.revisions.map((r) => r.revision)];
  const latest = d.revisions[0]?.revision;
  const [left, setLeft] = useState<Version | undefined>(d.revisions[1]?.revision ?? latest);
  const [right, setRight] = useState<Version | undefined>(owner ? "draft" : latest);
  const [onlyChanged, setOnlyChanged] = useState(true);
  const items = useMemo(() => new Map(template.topics.flatMap((tp) => tp.items).map((i) => [i.id, i])), [template]);
  const ready = left !== undefined && right !== undefined;
  const comparison = useQuery({
    queryKey: dk.compare(d.id, left ?? "draft", right ?? "draft"),
    queryFn: () => disclosuresApi.compare(d.id, left ?? "draft", right ?? "draft"),
    enabled: ready,
  });
  const options = versions.map((v) => ({
    value: v,
    label: v === "draft" ? t("disclosure.revisions.draft") : t("disclosure.revisions.revisionN", { revision: v }),
  }));

  return (
    <div data-testid="revisions-tab">
      <RevisionsTable revisions={d.revisions} />
      <Card
        size="small"
        variant="outlined"
        style={{ marginTop: 16 }}
        title={t("disclosure.revisions.compare")}
        extra={
          comparison.data && (
            <Tag color={comparison.data.changedCount ? "gold" : "green"} data-testid="compare-changed">
              {t("disclosure.revisions.changedCount", { count: comparison.data.changedCount })}
            </Tag>
          )
        }
      >
        {versions.length < 2 ? (
          <Typography.Text type="secondary">{t("disclosure.revisions.nothingToCompare")}</Typography.Text>
        ) : (
          <>
            <Space wrap style={{ marginBottom: 12 }}>
              <Select
                style={{ width: 160 }}
                value={left}
                onChange={setLeft}
                options={options}
                data-testid="compare-left"
              />
              <SwapOutlined />
              <Select
                style={{ width: 160 }}
                value={right}
                onChange={setRight}
                options={options}
                data-testid="compare-right"
              />
              <Switch checked={onlyChanged} onChange={setOnlyChanged} /> {t("disclosure.revisions.onlyChanged")}
            </Space>
            {comparison.error ? (
              <LoadError error={comparison.error} onRetry={() => void comparison.refetch()} />
            ) : (
              <CompareTable
                comparison={comparison.data}
                items={items}
                loading={comparison.isFetching}
                onlyChanged={onlyChanged}
              />
            )}
          </>
        )}
      </Card>
    </div>
  );
}
