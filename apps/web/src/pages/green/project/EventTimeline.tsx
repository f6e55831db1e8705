import type { TGreenProjectDetail } from "@greenfin/contracts";
import { Card, Timeline } from "antd";
import { useTranslation } from "react-i18next";
import { fmtWhen } from "../shared/format";

const COLORS: Record<string, string> = { certify: "green", reject: "red", return: "orange", withdraw: "gray" };

/** The project's lifecycle, oldest first. */
export function EventTimeline({ p }: { p: TGreenProjectDetail }) {
  const { t } = useTranslation();
  const events = [...p.events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Card variant="borderless" title={t("green.project.events")} data-testid="green-events">
      <Timeline
        items={events.map((e, i) => ({
          key: `${e.at}-${i}`,
          color: COLORS[e.action] ?? "blue",
          content: (
            <div data-testid="green-event" data-action={e.action}>
              <b>{t(`green.event.${e.action}`)}</b> <span className="gf-green-sub">{fmtWhen(e.at)}</span>
              <div className="gf-green-sub">{[e.by, e.byOrg].filter(Boolean).join(" · ")}</div>
              {e.note && <div style={{ whiteSpace: "pre-wrap" }}>{e.note}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
