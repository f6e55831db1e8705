/** The GreenFin mark: a leaf growing out of a rising bar chart, drawn in SVG (no image files). */
export function BrandMark({ size = 32, light = false }: { size?: number; light?: boolean }) {
  const bg = light ? "rgba(255,255,255,0.12)" : "#0b6b47";
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill={bg} />
      <rect x="7" y="19" width="3.2" height="6" rx="1" fill="#9be3bf" />
      <rect x="12" y="16" width="3.2" height="9" rx="1" fill="#9be3bf" opacity="0.85" />
      <path d="M17 24c0-8 4.5-13.5 9-14-0.4 7.5-3.6 12.6-9 14z" fill="#3fb984" />
      <path d="M17.6 23.4 23.5 14.5" stroke={light ? "#0a3d2b" : "#0b6b47"} strokeWidth="1.3" strokeLinecap="round" />
    </svg>
  );
}
