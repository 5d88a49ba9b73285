/** Discovery pages' styles on top of @kepu/ui's: mobile-first, one column, from 600 px a grid. */
const css = `
.kepu-disc-nav { display: flex; flex-wrap: wrap; gap: 4px 8px; margin: 8px 0 12px; padding: 0; list-style: none; }
.kepu-disc-nav a { display: inline-block; padding: 6px 12px; border-radius: 16px; border: 1px solid #9fb3c8; color: #0b5394; text-decoration: none; min-height: 24px; }
.kepu-disc-nav a[aria-current="page"] { background: #0b5394; color: #fff; border-color: #0b5394; }
.kepu-disc-filters { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: flex-end; margin: 8px 0; }
.kepu-disc-filters label { flex: 1 1 140px; min-width: 0; display: flex; flex-direction: column; gap: 2px; margin: 2px 0; }
.kepu-disc-filters label.kepu-disc-check { flex-direction: row; align-items: center; gap: 6px; flex: 1 1 100%; }
.kepu-disc-filters input:not([type="checkbox"]), .kepu-disc-filters select { width: 100%; min-height: 40px; font-size: 1rem; box-sizing: border-box; }
.kepu-disc-filters .kepu-button { min-height: 40px; }
.kepu-disc-list { display: grid; grid-template-columns: 1fr; gap: 10px; margin: 12px 0; padding: 0; list-style: none; }
@media (min-width: 600px) { .kepu-disc-list { grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); } }
.kepu-disc-card { background: #fff; border: 1px solid #d9e2ec; border-radius: 8px; padding: 10px 14px; }
.kepu-disc-card h2 { font-size: 1.05rem; margin: 0 0 4px; }
.kepu-disc-card h2 a { color: #102a43; }
.kepu-disc-card p { margin: 2px 0; color: #334e68; overflow-wrap: anywhere; }
.kepu-disc-cal { width: 100%; border-collapse: collapse; table-layout: fixed; }
.kepu-disc-cal th { font-weight: 600; color: #334e68; padding: 4px 0; }
.kepu-disc-cal td { border: 1px solid #d9e2ec; height: 3.25rem; vertical-align: top; padding: 0; background: #fff; }
.kepu-disc-cal button { width: 100%; height: 100%; border: 0; background: none; text-align: left; padding: 4px; cursor: pointer; font-size: .9rem; color: #102a43; }
.kepu-disc-cal button[aria-pressed="true"] { outline: 2px solid #0b5394; outline-offset: -2px; }
.kepu-disc-cal .kepu-disc-count { display: block; font-weight: 600; color: #0b5394; }
.kepu-disc-map { position: relative; width: 100%; height: 70vh; min-height: 320px; border-radius: 8px; overflow: hidden; background: #eef2f6; }
.kepu-disc-marker { min-width: 32px; min-height: 32px; border-radius: 16px; border: 2px solid #fff; background: #0b5394; color: #fff; font-weight: 600; cursor: pointer; padding: 0 8px; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
.kepu-disc-marker.kepu-disc-single { background: #b4400d; }
/* 适老化 mode (html[data-kepu-elder], @kepu/ui): text already scales with the root size (rem); here
   darker text and borders, and the current view stays white on dark (the mode darkens every link). */
html[data-kepu-elder] .kepu-disc-nav a { border-color: #003366; color: #003366; padding: 8px 14px; }
html[data-kepu-elder] .kepu-disc-nav a[aria-current="page"] { background: #003366; color: #fff; border-color: #003366; text-decoration: none; }
html[data-kepu-elder] .kepu-disc-card, html[data-kepu-elder] .kepu-disc-cal td { border-color: #52606d; }
html[data-kepu-elder] .kepu-disc-card h2 a { color: #000; }
html[data-kepu-elder] .kepu-disc-card p, html[data-kepu-elder] .kepu-disc-cal th, html[data-kepu-elder] .kepu-disc-cal button { color: #000; }
html[data-kepu-elder] .kepu-disc-cal .kepu-disc-count { color: #003366; }
html[data-kepu-elder] .kepu-disc-cal button[aria-pressed="true"] { outline: 3px solid #003366; }
html[data-kepu-elder] .kepu-disc-marker { min-width: 40px; min-height: 40px; border-radius: 20px; font-size: 1rem; }
`;

/** Adds discovery's styles to the page once. */
export function useDiscoveryStyles(): void {
  if (typeof document === "undefined" || document.getElementById("kepu-discovery-styles")) return;
  const style = document.createElement("style");
  style.id = "kepu-discovery-styles";
  style.textContent = css;
  document.head.appendChild(style);
}
