import { Link } from "react-router-dom";
import { BrandMark } from "../../components/BrandMark";
import { LanguageSwitch } from "../../components/LanguageSwitch";
import MethodologyPage from "../rating/methodology/MethodologyPage";
import "./zone.css";

/** /zone/methodologies/:ref — a released rating methodology for anyone, linked from the zone's public page. */
export default function ZoneMethodologyPage() {
  return (
    <div className="gf-zone" data-testid="page-zone-methodology">
      <header className="gf-zone-bar">
        <Link to="/zone" className="gf-zone-brand">
          <BrandMark size={30} light />
        </Link>
        <div className="gf-zone-actions">
          <LanguageSwitch />
        </div>
      </header>
      <main className="gf-zone-main">
        <MethodologyPage publicView />
      </main>
    </div>
  );
}
