import { Skeleton } from "antd";
import { CompletenessBars } from "../shared/CompletenessBars";
import { useDisclosure } from "../shared/queries";

/** Completeness of one listed disclosure (the list itself does not carry it), from the cached detail. */
export function RowCompleteness({ id }: { id: string }) {
  const { data } = useDisclosure(id);
  if (!data) return <Skeleton.Input active size="small" style={{ width: 160 }} />;
  return <CompletenessBars completeness={data.completeness} />;
}
