import { CheckCircleFilled, SafetyCertificateOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { BrandMark } from "../../components/BrandMark";

/** Skyline + rising curve + leaves, drawn in SVG so the page needs no image files or web fonts. */
function Illustration() {
  const towers = [
    [0, 120],
    [38, 170],
    [70, 95],
    [104, 210],
    [150, 150],
    [186, 250],
    [228, 180],
    [262, 130],
    [300, 220],
    [344, 160],
    [380, 110],
    [414, 190],
    [452, 140],
    [490, 230],
    [534, 170],
    [570, 120],
  ] as const;
  return (
    <svg className="gf-brand-art" viewBox="0 0 600 300" preserveAspectRatio="xMidYMax slice" aria-hidden="true">
      <defs>
        <linearGradient id="gfTower" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#7fe0b2" stopOpacity="0.34" />
          <stop offset="1" stopColor="#7fe0b2" stopOpacity="0.04" />
        </linearGradient>
        <linearGradient id="gfLine" x1="0" y1="0" x2="1" y2="0">
          <stop offset="0" stopColor="#c9f2dc" stopOpacity="0.2" />
          <stop offset="1" stopColor="#f4d774" />
        </linearGradient>
      </defs>
      {towers.map(([x, h]) => (
        <g key={x}>
          <rect x={x} y={300 - h} width="30" height={h} rx="2" fill="url(#gfTower)" />
          {Array.from({ length: Math.floor(h / 26) }, (_, i) => 300 - h + 12 + i * 26).map((y) => (
            <rect key={y} x={x + 7} y={y} width="16" height="3" rx="1.5" fill="#bff0d6" opacity="0.18" />
          ))}
        </g>
      ))}
      <path
        d="M0 250 C 90 240, 140 215, 210 200 S 330 150, 400 120 S 520 60, 600 40"
        fill="none"
        stroke="url(#gfLine)"
        strokeWidth="3"
        strokeLinecap="round"
      />
      {[
        [210, 200],
        [400, 120],
        [600, 40],
      ].map(([cx, cy]) => (
        <circle key={cx} cx={cx} cy={cy} r="5" fill="#f4d774" stroke="#0b5d3f" strokeWidth="2" />
      ))}
      <g transform="translate(520 70) rotate(-30)" opacity="0.9">
        <path d="M0 0 C 18 -30, 52 -34, 70 -30 C 60 -8, 34 12, 0 0 Z" fill="#3fb984" />
        <path d="M2 -1 L 58 -26" stroke="#0b5d3f" strokeWidth="1.5" />
      </g>
    </svg>
  );
}

export function BrandPanel() {
  const { t } = useTranslation();
  return (
    <section className="gf-brand">
      <div className="gf-brand-top">
        <BrandMark size={44} light />
        <div>
          <div className="gf-brand-name">绿金通</div>
          <div className="gf-brand-en">GreenFin</div>
        </div>
      </div>
      <div className="gf-brand-body">
        <div className="gf-brand-kicker">{t("app.tagline")}</div>
        <h1 className="gf-brand-headline">{t("login.brandHeadline")}</h1>
        <p className="gf-brand-lead">{t("login.brandLead")}</p>
        <ul className="gf-brand-points">
          {(["brandPoint1", "brandPoint2", "brandPoint3"] as const).map((k) => (
            <li key={k}>
              <CheckCircleFilled /> <span>{t(`login.${k}`)}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="gf-brand-foot">
        <SafetyCertificateOutlined /> {t("login.brandFooter")}
      </div>
      <Illustration />
    </section>
  );
}
