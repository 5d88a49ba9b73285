/** The activity, person and trail pages' own styles (mobile-first), injected once per page. */
const css = `
.kepu-activity { max-width: 760px; }
.kepu-facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 8px 0; }
.kepu-facts dt { color: #52606d; }
.kepu-facts dd { margin: 0; overflow-wrap: anywhere; }
.kepu-activity-summary { line-height: 1.75; white-space: pre-line; overflow-wrap: anywhere; }
.kepu-sessions { margin: 8px 0; padding: 0; list-style: none; display: grid; gap: 8px; }
.kepu-sessions > li { margin: 0; }
.kepu-sessions .kepu-form label { display: block; margin: 4px 0; }
.kepu-sessions input, .kepu-form select { min-height: 40px; font-size: 1rem; max-width: 100%; }
.kepu-trails { margin: 8px 0; padding: 0; list-style: none; display: grid; gap: 10px; }
@media (min-width: 720px) { .kepu-trails { grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); } }
.kepu-trail-card h2 { font-size: 1.1rem; margin: 0 0 4px; overflow-wrap: anywhere; }
.kepu-trail-card p { margin: 4px 0; overflow-wrap: anywhere; }
.kepu-trail-summary { line-height: 1.6; white-space: pre-line; }
.kepu-trail-stops { margin: 6px 0; padding-left: 1.4em; line-height: 1.8; overflow-wrap: anywhere; }
.kepu-trail-links { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 8px 0; padding: 0; list-style: none; }
.kepu-venue-code { font-size: clamp(3rem, 18vw, 9rem); font-weight: 700; letter-spacing: .12em; text-align: center; margin: 16px 0; font-variant-numeric: tabular-nums; color: #102a43; }
`;

const id = "kepu-activity-styles";

export function useActivityStyles(): void {
  if (typeof document === "undefined" || document.getElementById(id)) return;
  const style = document.createElement("style");
  style.id = id;
  style.textContent = css;
  document.head.append(style);
}
