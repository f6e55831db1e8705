import { Card } from "antd";
import type { ReactNode } from "react";

/** A borderless card filling its grid cell's height, as the carbon screens' side and home cards are. */
export function CarbonCard({
  title,
  testId,
  extra,
  children,
}: {
  title: ReactNode;
  testId: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card variant="borderless" title={title} extra={extra} data-testid={testId} style={{ height: "100%" }}>
      {children}
    </Card>
  );
}
