/**
 * The works pages' own styles, on top of @kepu/ui's shared ones: mobile-first (one column, media at
 * full width), a grid of cards from 600 px. Injected once per page.
 */
const css = `
.kepu-works-list { display: grid; grid-template-columns: 1fr; gap: 12px; margin: 12px 0; padding: 0; list-style: none; }
@media (min-width: 600px) { .kepu-works-list { grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); } }
.kepu-works-list > li { margin: 0; }
.kepu-work-card { margin: 0; height: 100%; display: flex; flex-direction: column; gap: 6px; overflow: hidden; }
.kepu-work-card .kepu-work-thumb { display: block; width: calc(100% + 32px); margin: -12px -16px 4px; aspect-ratio: 16 / 9; object-fit: cover; background: #d9e2ec; }
.kepu-app .kepu-work-card h2 { font-size: 1.05rem; margin: 0; }
.kepu-work-card h2 a { color: #102a43; text-decoration: none; }
.kepu-work-card h2 a:hover, .kepu-work-card h2 a:focus-visible { text-decoration: underline; }
.kepu-work-card p { margin: 0; overflow-wrap: anywhere; }
.kepu-tags { display: flex; flex-wrap: wrap; gap: 4px 6px; margin: 4px 0; padding: 0; list-style: none; }
.kepu-tags .kepu-tag { margin: 0; }
a.kepu-tag { text-decoration: none; }
a.kepu-tag:hover, a.kepu-tag:focus-visible { text-decoration: underline; }
.kepu-works-filters { margin: 12px 0; }
.kepu-works-filters label { flex: 1 1 140px; min-width: 0; margin: 4px 0; }
.kepu-works-filters input, .kepu-works-filters select { width: 100%; max-width: none; min-height: 40px; font-size: 1rem; }
.kepu-works-filters .kepu-button { min-height: 40px; margin: 4px 0; }
.kepu-chips { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 8px 0; }
.kepu-chip { display: inline-flex; align-items: center; gap: 4px; border: 1px solid #9fb3c8; border-radius: 16px; padding: 2px 4px 2px 10px; background: #fff; font-size: .9rem; overflow-wrap: anywhere; }
.kepu-chip button { border: 0; background: none; color: #0b5394; cursor: pointer; font-size: 1.1rem; line-height: 1; min-width: 28px; min-height: 28px; }
.kepu-work { max-width: 760px; }
.kepu-work-meta { display: flex; flex-wrap: wrap; gap: 2px 12px; margin: 4px 0 12px; }
.kepu-work-meta a { color: #0b5394; }
.kepu-work-media video, .kepu-work-media img, .kepu-work-media audio { display: block; width: 100%; max-width: 100%; height: auto; margin: 8px 0; border-radius: 6px; }
.kepu-work-media video { background: #000; max-height: 80vh; }
.kepu-work-images { display: grid; grid-template-columns: 1fr; gap: 8px; margin: 0; padding: 0; list-style: none; }
@media (min-width: 600px) { .kepu-work-images { grid-template-columns: repeat(2, 1fr); } }
.kepu-work-images img { aspect-ratio: auto; }
.kepu-work-body { line-height: 1.75; font-size: 1.02rem; overflow-wrap: anywhere; }
.kepu-work-body blockquote { border-left: 3px solid #9fb3c8; margin: 8px 0; padding: 0 12px; color: #334e68; }
.kepu-work-body pre { overflow-x: auto; background: #f0f4f8; padding: 8px; border-radius: 4px; }
.kepu-work-body a, .kepu-work a { color: #0b5394; }
.kepu-reach { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 8px; margin: 0; }
.kepu-reach div { background: #fff; border: 1px solid #d9e2ec; border-radius: 6px; padding: 6px 8px; text-align: center; }
.kepu-reach dt { color: #52606d; font-size: .85rem; }
.kepu-reach dd { margin: 0; font-size: 1.15rem; font-weight: 600; }
.kepu-postings { padding-left: 1.2em; }
.kepu-postings li { margin: 4px 0; overflow-wrap: anywhere; }
`;

/** Adds the works pages' styles to the page once. */
export function useWorksStyles(): void {
  if (typeof document === "undefined" || document.getElementById("kepu-works-styles")) return;
  const style = document.createElement("style");
  style.id = "kepu-works-styles";
  style.textContent = css;
  document.head.append(style);
}
