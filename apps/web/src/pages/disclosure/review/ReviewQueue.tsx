import { SearchOutlined } from "@ant-design/icons";
import { Card, Input, Segmented, Select, Space } from "antd";
import { useTranslation } from "react-i18next";
import { LoadError } from "../../../components/LoadError";
import { DisclosureTable } from "../list/DisclosureTable";
import { type QueueFilter, useReviewQueue } from "./useReviewQueue";

const FILTERS: QueueFilter[] = ["pending", "returned", "done", "all"];

/** Submitted disclosures awaiting this organisation's review, with a stage filter and a name search. */
export function ReviewQueue() {
  const { t } = useTranslation();
  const { list, rows, filter, setFilter, q, setQ, year, setYear, years, counts } = useReviewQueue();
  if (list.error) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Card variant="borderless" data-testid="review-queue">
      <DisclosureTable
        view="review"
        rows={rows}
        loading={list.isPending}
        emptyText={t("disclosure.review.empty")}
        toolbar={
          <Space wrap>
            <Segmented<QueueFilter>
              value={filter}
              onChange={setFilter}
              data-testid="review-status-filter"
              options={FILTERS.map((f) => ({ value: f, label: `${t(`disclosure.review.filter.${f}`)} ${counts[f]}` }))}
            />
            <Select<number>
              allowClear
              value={year ?? undefined}
              onChange={(v) => setYear(v ?? null)}
              placeholder={t("disclosure.review.allYears")}
              style={{ width: 130 }}
              data-testid="review-year"
              options={years.map((y) => ({ value: y, label: t("disclosure.create.yearOption", { year: y }) }))}
            />
            <Input
              allowClear
              prefix={<SearchOutlined />}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder={t("disclosure.review.search")}
              data-testid="review-search"
              style={{ width: 240 }}
            />
          </Space>
        }
      />
    </Card>
  );
}
