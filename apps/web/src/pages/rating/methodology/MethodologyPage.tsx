import { ArrowLeftOutlined } from "@ant-design/icons";
import { Anchor, Button, Card, Col, Row, Skeleton, Space, Tag } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import Markdown, { type Components } from "react-markdown";
import { Link, useParams } from "react-router-dom";
import remarkGfm from "remark-gfm";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { useLang } from "../../../lib/labels";
import { bi, maybe } from "../shared/format";
import { useMethodologyPage } from "../shared/queries";
import { rehypeHeadingIds, tableOfContents } from "./markdown";
import "../shared/rating.css";

/** Wide tables scroll inside their own frame instead of widening the page. */
const components: Components = {
  table: ({ node: _node, ...props }) => (
    <div className="gf-md-table-wrap">
      <table {...props} />
    </div>
  ),
  a: ({ node: _node, href, ...props }) =>
    href?.startsWith("#") || href?.startsWith("/") ? (
      <a href={href} {...props} />
    ) : (
      <a href={href} target="_blank" rel="noreferrer noopener" {...props} />
    ),
};

/**
 * /rating/methodologies/:ref — the methodology's page, generated from its data, with a table of contents; with
 * `publicView`, the same page of a released methodology for anyone (/zone/methodologies/:ref), back to the zone page.
 */
export default function MethodologyPage({ publicView = false }: { publicView?: boolean }) {
  const { ref = "" } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const q = useMethodologyPage(ref, publicView);
  const toc = useMemo(() => (q.data ? tableOfContents(q.data.markdown) : []), [q.data]);
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const d = q.data;
  return (
    <div data-testid="page-rating-methodology">
      <PageHeader
        title={d ? bi(d.methodology.name, lang) : t("rating.methodology.listTitle")}
        subtitle={
          d && (
            <Space wrap>
              <span className="gf-mono">{d.methodology.ref}</span>
              <Tag color={d.methodology.status === "released" ? "green" : "default"}>
                {maybe(t, `rating.methodology.statusLabel.${d.methodology.status}`, d.methodology.status)}
              </Tag>
              <Tag>{t(`rating.methodology.kinds.${d.methodology.entityKind}`)}</Tag>
            </Space>
          )
        }
        extra={
          <Link to={publicView ? "/zone" : "/rating/methodologies"}>
            <Button icon={<ArrowLeftOutlined />}>{publicView ? t("zone.back") : t("rating.methodology.back")}</Button>
          </Link>
        }
      />
      <Row gutter={16} wrap={false}>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card variant="borderless">
            {d ? (
              <article className="gf-md" data-testid="methodology-markdown">
                <Markdown
                  remarkPlugins={[remarkGfm]}
                  rehypePlugins={[rehypeHeadingIds]}
                  components={components}
                  skipHtml
                >
                  {d.markdown}
                </Markdown>
              </article>
            ) : (
              <Skeleton active paragraph={{ rows: 20 }} />
            )}
          </Card>
        </Col>
        <Col flex="260px" className="gf-md-toc-col">
          <Card
            variant="borderless"
            size="small"
            title={t("rating.methodology.toc")}
            data-testid="methodology-toc"
            style={{ position: "sticky", top: 76 }}
          >
            <Anchor items={toc} offsetTop={76} targetOffset={80} affix={false} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
