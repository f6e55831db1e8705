import { useEffect, useState } from "react";

/** The value, once it has not changed for `ms` (compared by its JSON, so a re-created equal object is no change). */
export function useDebouncedValue<T>(value: T, ms: number): T {
  const json = JSON.stringify(value);
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(JSON.parse(json) as T), ms);
    return () => clearTimeout(id);
  }, [json, ms]);
  return v;
}
