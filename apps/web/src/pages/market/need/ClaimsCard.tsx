import type { TFinancingNeedDetail } from "@greenfin/contracts";
import { Card, Empty, Space } from "antd";
import { useTranslation } from "react-i18next";
import { useClaimTimers, useNeedMatches } from "../../../api/marketNeeds";
import { useSession } from "../../../app/auth";
import { useLang } from "../../../lib/labels";
import { needIsLive } from "../needs-shared/NeedStatusTag";
import { timersByClaim } from "../needs-shared/timers";
import { postsNeeds } from "../shared/access";
import { ChooseOfferButton } from "./ChooseOfferButton";
import { ClaimCard } from "./ClaimCard";
import { productLabels } from "./productLabels";

/** Every claim on the need (enterprise and district), with "选择此报价" on approved offers while none is chosen. */
export function ClaimsCard({ need }: { need: TFinancingNeedDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const timers = useClaimTimers();
  const matches = useNeedMatches(need.id);
  const byClaim = timersByClaim(timers.data?.claims);
  const labels = productLabels(matches.data, lang === "en");
  const owner = session.activeOrg.id === need.orgId && postsNeeds(session.activeOrg.kind, session.role);
  const noneChosen = !need.claims.some((c) => c.offerChosen);
  const mayChoose = owner && noneChosen && needIsLive(need.status);
  const claims = [...need.claims].sort((a, b) => a.claimedAt.localeCompare(b.claimedAt));
  return (
    <Card
      variant="borderless"
      title={t("market.need.claimsTitle", { count: need.claimCount })}
      data-testid="need-claims-card"
    >
      {claims.length === 0 ? (
        <Empty
          description={
            need.status === "open"
              ? t("market.need.noClaimsYet", { count: need.broadcastCount })
              : t("market.need.noClaims")
          }
        />
      ) : (
        <Space orientation="vertical" size={12} style={{ width: "100%" }}>
          {claims.map((c) => (
            <ClaimCard
              key={c.id}
              claim={c}
              timer={byClaim.get(c.id)}
              productLabel={c.productId ? labels.get(c.productId) : undefined}
              actions={mayChoose && c.decision === "approved" ? <ChooseOfferButton need={need} claim={c} /> : undefined}
            />
          ))}
        </Space>
      )}
    </Card>
  );
}
