import { Card, Skeleton } from "antd";
import type { ReactNode } from "react";

interface Props {
  icon: ReactNode;
  color: string;
  label: ReactNode;
  value: ReactNode;
  unit?: ReactNode;
  foot?: ReactNode;
  loading?: boolean;
  testId?: string;
  /** Smaller figures for long values (e.g. large amounts). */
  small?: boolean;
}

export function KpiCard({ icon, color, label, value, unit, foot, loading, testId, small }: Props) {
  return (
    <Card className="gf-kpi" variant="borderless" style={{ height: "100%" }} data-testid={testId}>
      <div className="gf-kpi-icon" style={{ background: `${color}1a`, color }}>
        {icon}
      </div>
      <div style={{ minWidth: 0, flex: 1 }}>
        <div className="gf-kpi-label">{label}</div>
        {loading ? (
          <Skeleton.Input active size="small" style={{ marginTop: 8 }} />
        ) : (
          <div className="gf-kpi-value" style={small ? { fontSize: 22 } : undefined}>
            {value}
            {unit && <span className="gf-kpi-unit">{unit}</span>}
          </div>
        )}
        {foot && !loading && <div className="gf-kpi-foot">{foot}</div>}
      </div>
    </Card>
  );
}
