import { LockOutlined, ThunderboltOutlined } from "@ant-design/icons";
import type { TFinancingNeedDetail } from "@greenfin/contracts";
import { Alert, Button, Card, Divider } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useClaimTimers, useMyProducts, useNeedMatches } from "../../../api/marketNeeds";
import { useSession } from "../../../app/auth";
import { useLang } from "../../../lib/labels";
import { ClaimNeedModal } from "../needs-shared/ClaimNeedModal";
import { timersByClaim } from "../needs-shared/timers";
import { servesNeeds } from "../shared/access";
import { ClaimCard } from "./ClaimCard";
import { ClaimStepForm, nextStep } from "./ClaimStepForm";
import { FundClaimForm } from "./FundClaimForm";
import { productLabels } from "./productLabels";

/**
 * The institution's side of a need: "认领" while it has not claimed and fewer than three have; once claimed, its claim
 * with the next step to record, and after its offer is chosen the loan to record.
 */
export function InstitutionPanel({ need }: { need: TFinancingNeedDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const writes = servesNeeds(session.activeOrg.kind, session.role);
  const [claiming, setClaiming] = useState(false);
  const timers = useClaimTimers();
  const matches = useNeedMatches(need.id);
  const products = useMyProducts();
  const mine = need.claims.find((c) => c.orgId === session.activeOrg.id);
  const open = need.status === "open" || need.status === "claimed";
  const full = need.claimCount >= 3;

  if (!mine) {
    return (
      <Card variant="borderless" title={t("market.claim.panelTitle")} data-testid="institution-panel">
        {open && !full ? (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t("market.claim.open", { count: need.claimCount })}
            />
            {writes && (
              <Button
                type="primary"
                icon={<ThunderboltOutlined />}
                onClick={() => setClaiming(true)}
                data-testid="claim-need"
              >
                {t("market.claim.button")}
              </Button>
            )}
          </>
        ) : (
          <Alert type="warning" showIcon title={full ? t("market.claim.full") : t("market.claim.closed")} />
        )}
        {claiming && <ClaimNeedModal need={need} onClose={() => setClaiming(false)} />}
      </Card>
    );
  }

  const product = products.data?.find((p) => p.id === mine.productId);
  const quote = matches.data?.matches.find((m) => m.productId === mine.productId)?.price ?? null;
  const labels = productLabels(matches.data, lang === "en");
  const step = nextStep(mine);
  const chosenElsewhere =
    need.claims.some((c) => c.offerChosen && c.id !== mine.id) || (!mine.offerChosen && need.status === "offer_chosen");
  let action: ReactNode = null;
  if (writes && step && open)
    action = <ClaimStepForm need={need} claim={mine} quote={quote} hasTable={!!product?.pricing} />;
  else if (writes && mine.offerChosen && !mine.fundedAt) action = <FundClaimForm claim={mine} />;
  return (
    <Card variant="borderless" title={t("market.claim.mine")} data-testid="institution-panel">
      <ClaimCard
        claim={mine}
        timer={timersByClaim(timers.data?.claims).get(mine.id)}
        productLabel={mine.productId ? labels.get(mine.productId) : undefined}
      />
      {mine.decision === "approved" && !mine.offerChosen && !chosenElsewhere && needOpen(need) && (
        <Alert type="info" showIcon style={{ marginTop: 12 }} title={t("market.claim.waitingChoice")} />
      )}
      {chosenElsewhere && (
        <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t("market.claim.chosenElsewhere")} />
      )}
      {action && (
        <>
          <Divider />
          {action}
        </>
      )}
      {mine.offerChosen && (
        <div style={{ marginTop: 12 }}>
          <Link to="/market/pledges" data-testid="link-pledges">
            <LockOutlined /> {t("market.claim.toPledges")}
          </Link>
        </div>
      )}
    </Card>
  );
}

const needOpen = (n: TFinancingNeedDetail) => n.status === "open" || n.status === "claimed";
