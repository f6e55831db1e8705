import { ArrowRightOutlined } from "@ant-design/icons";
import { Button, Card } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { TPcafRunSummary } from "../../../api/pcaf";
import { RunKpis } from "./RunKpis";

/** The latest completed run of the institution at a glance, with a link to it. */
export function LatestRunKpis({ run, label }: { run: TPcafRunSummary; label: string }) {
  const { t } = useTranslation();
  return (
    <Card
      variant="borderless"
      title={t("pcaf.books.latest", { year: run.year, label })}
      data-testid="pcaf-latest"
      extra={
        <Link to={`/carbon/pcaf/runs/${run.id}`}>
          <Button type="link" icon={<ArrowRightOutlined />}>
            {t("pcaf.books.openRun")}
          </Button>
        </Link>
      }
      styles={{ body: { background: "#f6f8f7" } }}
    >
      <RunKpis run={run} brief />
    </Card>
  );
}
