import type { TStatTemplate } from "@greenfin/contracts";
import { Button, Space } from "antd";
import { useTranslation } from "react-i18next";
import { STAT_ARTICLE_ORDER } from "../shared/labels";

/** Jumps to an article's section of a long form (the quarterly template has 23 metrics, some by 20 industries). */
export function ArticleNav({ template }: { template: TStatTemplate }) {
  const { t } = useTranslation();
  const articles = STAT_ARTICLE_ORDER.filter((a) => template.metrics.some((m) => m.article === a));
  if (articles.length < 2) return null;
  return (
    <Space size={4} wrap style={{ marginBottom: 12 }}>
      {articles.map((a) => (
        <Button
          key={a}
          size="small"
          onClick={() =>
            document.getElementById(`article-${a}`)?.scrollIntoView({ behavior: "smooth", block: "start" })
          }
        >
          {t(`statistics.article.${a}`)} ({template.metrics.filter((m) => m.article === a).length})
        </Button>
      ))}
    </Space>
  );
}
