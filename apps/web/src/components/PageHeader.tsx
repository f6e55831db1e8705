import { Typography } from "antd";
import type { ReactNode } from "react";

export function PageHeader({ title, subtitle, extra }: { title: ReactNode; subtitle?: ReactNode; extra?: ReactNode }) {
  return (
    <div className="gf-page-head">
      <div>
        <Typography.Title level={3} className="gf-page-title">
          {title}
        </Typography.Title>
        {subtitle && <div className="gf-page-sub">{subtitle}</div>}
      </div>
      {extra && <div>{extra}</div>}
    </div>
  );
}
