import { Col, Row } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router-dom";

export interface QuickLink {
  to: string;
  icon: ReactNode;
  title: string;
  desc?: string;
}

export function QuickLinks({ links, narrow = false }: { links: QuickLink[]; narrow?: boolean }) {
  return (
    <Row gutter={[12, 12]}>
      {links.map((l) => (
        <Col key={l.to} xs={24} sm={12} xl={narrow ? 12 : 8}>
          <Link to={l.to} className="gf-quick">
            <span className="gf-quick-icon">{l.icon}</span>
            <span style={{ minWidth: 0 }}>
              <div className="gf-quick-title">{l.title}</div>
              {l.desc && <div className="gf-quick-desc">{l.desc}</div>}
            </span>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
