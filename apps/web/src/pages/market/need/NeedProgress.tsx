import type { TFinancingNeedDetail } from "@greenfin/contracts";
import { Steps, type StepsProps } from "antd";
import { useTranslation } from "react-i18next";
import { fmtWhen } from "../needs-shared/format";
import { needIsLive } from "../needs-shared/NeedStatusTag";
import { useNameIn } from "../shared/names";

type Item = NonNullable<StepsProps["items"]>[number];

/** posted → claimed → offer chosen → funded; a closed need (declined, withdrawn, expired) ends where it stopped. */
export function NeedProgress({ need }: { need: TFinancingNeedDetail }) {
  const { t } = useTranslation();
  const nameOf = useNameIn();
  const firstClaim = need.claims.map((c) => c.claimedAt).sort()[0] ?? null;
  const chosen = need.claims.find((c) => c.offerChosen);
  const funded = need.claims.find((c) => c.fundedAt);
  const steps: { key: string; title: string; at: string | null; reached: boolean; extra?: string }[] = [
    { key: "posted", title: t("market.progress.posted"), at: need.postedAt, reached: true },
    {
      key: "claimed",
      title: t("market.progress.claimed"),
      at: firstClaim,
      reached: need.claimCount > 0 || need.claims.length > 0,
      extra: t("market.progress.claimedCount", { count: need.claimCount }),
    },
    {
      key: "chosen",
      title: t("market.progress.chosen"),
      at: chosen?.chosenAt ?? null,
      reached: !!chosen || need.status === "offer_chosen" || need.status === "funded",
      extra: chosen ? nameOf(chosen.orgName, chosen.orgNameEn) : undefined,
    },
    {
      key: "funded",
      title: t("market.progress.funded"),
      at: funded?.fundedAt ?? null,
      reached: need.status === "funded",
    },
  ];
  const reached = steps.filter((s) => s.reached).length;
  const content = (s: (typeof steps)[number]) => (
    <span className="gf-mk-sub">
      {s.at ? fmtWhen(s.at) : ""}
      {s.extra && s.reached ? <div>{s.extra}</div> : null}
    </span>
  );
  let items: Item[];
  let current: number;
  if (needIsLive(need.status) || need.status === "funded") {
    items = steps.map((s, i) => ({
      key: s.key,
      title: s.title,
      content: content(s),
      status: s.reached ? "finish" : i === reached ? "process" : "wait",
    }));
    current = Math.min(reached, steps.length - 1);
  } else {
    items = [
      ...steps
        .filter((s) => s.reached)
        .map((s) => ({ key: s.key, title: s.title, content: content(s), status: "finish" as const })),
      {
        key: "closed",
        title: t(`market.status.${need.status}`),
        status: "error" as const,
        content: (
          <span className="gf-mk-sub">
            {fmtWhen(need.closedAt)}
            {need.closeReason && <div>{need.closeReason}</div>}
          </span>
        ),
      },
    ];
    current = items.length - 1;
  }
  return <Steps size="small" current={current} items={items} data-testid="need-progress" />;
}
