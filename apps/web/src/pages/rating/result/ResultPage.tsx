import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Skeleton } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { orgName, useLang } from "../../../lib/labels";
import { useRatingAccess } from "../shared/access";
import { bi } from "../shared/format";
import { useResult } from "../shared/queries";
import { ResultView } from "./ResultView";

/** /rating/results/:id — one entity's rating in a run, explained. */
export default function ResultPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const a = useRatingAccess();
  const q = useResult(id);
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const d = q.data;
  if (!d) return <Skeleton active paragraph={{ rows: 14 }} />;
  return (
    <div data-testid="page-rating-result">
      <PageHeader
        title={orgName(d.result.entity, lang)}
        subtitle={`${bi(d.run.methodologyName, lang)} · ${t("rating.field.periodYear", { year: d.run.periodYear })}`}
        extra={
          a.overseer && (
            <Link to={`/rating/runs/${d.run.id}`}>
              <Button icon={<ArrowLeftOutlined />} data-testid="result-back-run">
                {t("rating.result.backToRun")}
              </Button>
            </Link>
          )
        }
      />
      <ResultView detail={d} />
    </div>
  );
}
