import type { TControversy } from "@greenfin/contracts";
import { Card } from "antd";
import { useTranslation } from "react-i18next";
import { ControversyTable } from "../controversies/ControversyTable";

/** What the district and rating agencies have recorded about the organisation (its own page). */
export function RecordedControversies({ items }: { items: TControversy[] }) {
  const { t } = useTranslation();
  return (
    <Card variant="borderless" title={t("rating.entity.controversies")} data-testid="entity-controversies">
      <ControversyTable items={items} showEntity={false} />
    </Card>
  );
}
