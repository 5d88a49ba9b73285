/** The id of the one <style> element that carries the shared styles on a page. */
export const sharedStylesId = "kepu-ui-styles";

/**
 * Styles shared by the apps (apps are bundled separately). The web server writes them into the
 * page's head, so server-rendered markup is styled at first paint; `useSharedStyles` injects them
 * on a page that lacks them. Sizes are in rem where text is concerned, so the elderly-friendly
 * mode (`html[data-kepu-elder]`) scales everything by one root size.
 */
export const sharedCss = `
.kepu-app, .kepu-app *, .kepu-app *::before, .kepu-app *::after { box-sizing: border-box; }
.kepu-app { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2933; max-width: 960px; margin: 0 auto; padding: 16px; }
.kepu-app h1 { font-size: 1.5rem; margin: 0 0 4px; }
.kepu-app h2 { font-size: 1.15rem; margin: 24px 0 8px; }
.kepu-muted { color: #52606d; font-size: .9rem; }
.kepu-card { border: 1px solid #d9e2ec; border-radius: 8px; padding: 12px 16px; margin: 10px 0; background: #fff; }
.kepu-card h3 { margin: 0 0 6px; font-size: 1.05rem; }
.kepu-tag { display: inline-block; background: #e3f2fd; color: #0b5394; border-radius: 4px; padding: 0 6px; margin-right: 6px; font-size: .8rem; }
.kepu-button { background: #0b5394; color: #fff; border: 0; border-radius: 6px; padding: 8px 16px; cursor: pointer; font-size: .95rem; }
.kepu-button[disabled] { opacity: .6; cursor: default; }
.kepu-link { background: none; border: 0; color: #0b5394; cursor: pointer; text-decoration: underline; padding: 0; }
.kepu-form label { display: block; margin: 8px 0; }
.kepu-form input { display: block; width: 100%; max-width: 320px; padding: 6px 8px; margin-top: 4px; border: 1px solid #bcccdc; border-radius: 4px; }
.kepu-error { color: #b42318; }
.kepu-header { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; }
.kepu-header-actions { display: inline-flex; flex-wrap: wrap; justify-content: flex-end; gap: 4px 12px; }
.kepu-form select, .kepu-form textarea { display: block; max-width: 320px; padding: 6px 8px; margin-top: 4px; border: 1px solid #bcccdc; border-radius: 4px; }
.kepu-form .kepu-inline, .kepu-inline { display: inline-flex; align-items: center; gap: 4px; margin: 4px 12px 4px 0; }
.kepu-inline input { width: auto; margin: 0; display: inline; }
.kepu-fieldset { border: 1px solid #d9e2ec; border-radius: 6px; margin: 8px 0; padding: 4px 12px 8px; }
.kepu-table { width: 100%; border-collapse: collapse; margin: 8px 0; background: #fff; }
.kepu-table th, .kepu-table td { border-bottom: 1px solid #d9e2ec; padding: 6px 8px; text-align: left; vertical-align: top; }
.kepu-table tr.kepu-bad td { background: #fef3f2; }
.kepu-tabs { display: flex; flex-wrap: wrap; gap: 4px 16px; border-bottom: 1px solid #d9e2ec; margin: 12px 0; padding-bottom: 6px; }
.kepu-tabs a { color: #0b5394; text-decoration: none; }
.kepu-tabs a[aria-current="page"] { font-weight: 600; border-bottom: 2px solid #0b5394; }
.kepu-filters { display: flex; flex-wrap: wrap; gap: 0 16px; align-items: flex-end; }
.kepu-facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
.kepu-facts dt { color: #52606d; }
.kepu-facts dd { margin: 0; }
.kepu-notice { color: #05603a; background: #ecfdf3; border-radius: 6px; padding: 6px 10px; margin: 8px 0; }
.kepu-danger { background: #b42318; }
.kepu-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
/* The campaign home's hero: theme, dates and the big numbers (public app, rendered by the web server
   too, so its size is fixed by its content and nothing moves when the app takes over). */
.kepu-hero { background: #0b5394; color: #fff; border-radius: 8px; padding: 16px; margin: 12px 0; }
.kepu-hero p { margin: 0 0 6px; }
.kepu-hero .kepu-hero-theme { font-size: 1.2rem; font-weight: 600; }
.kepu-hero-links { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 10px 0 0; padding: 0; list-style: none; }
.kepu-hero .kepu-hero-links a { color: #fff; text-decoration: underline; display: inline-block; padding: 4px 0; }
.kepu-figures { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 4px; margin: 10px 0 0; }
.kepu-figures div { min-width: 0; }
.kepu-figures dt { font-size: 0.8rem; opacity: 0.9; }
.kepu-figures dd { margin: 0; font-size: 1.1rem; font-weight: 700; overflow-wrap: anywhere; }
.kepu-figures { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; margin: 12px 0 0; padding: 0; list-style: none; }
.kepu-figures li { background: rgba(255, 255, 255, .12); border-radius: 6px; padding: 8px 10px; }
.kepu-figures strong { display: block; font-size: 1.5rem; line-height: 1.2; }
@media (min-width: 641px) { .kepu-figures { grid-template-columns: repeat(4, minmax(0, 1fr)); } }
/* 适老化 (elderly-friendly) mode: larger text everywhere (sizes are in rem) and higher contrast,
   switched by the header's button and kept in a cookie the web server reads, so the first paint
   already has it (GB/T 37668; 《互联网网站适老化通用设计规范》: text and contrast). */
html[data-kepu-elder] { font-size: 125%; }
html[data-kepu-elder] body { background: #fff; }
html[data-kepu-elder] .kepu-app { color: #000; line-height: 1.6; }
html[data-kepu-elder] .kepu-muted { color: #1f2933; }
html[data-kepu-elder] .kepu-card, html[data-kepu-elder] .kepu-table th, html[data-kepu-elder] .kepu-table td { border-color: #52606d; }
html[data-kepu-elder] .kepu-tag { background: #0b3d6e; color: #fff; }
html[data-kepu-elder] .kepu-link, html[data-kepu-elder] .kepu-app a { color: #003366; text-decoration: underline; }
html[data-kepu-elder] .kepu-hero { background: #002b55; }
html[data-kepu-elder] .kepu-hero .kepu-hero-links a { color: #fff; }
html[data-kepu-elder] .kepu-button { background: #003366; font-size: 1.1rem; padding: 10px 20px; }
/* Phones: a table's rows become stacked cards, each cell labelled by its column (data-label), so no
   column is squeezed to one character a line and nothing is cut off at the right. */
@media (max-width: 640px) {
  .kepu-app { padding: 12px; }
  .kepu-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .kepu-table, .kepu-table tbody, .kepu-table tr, .kepu-table td { display: block; }
  .kepu-table { background: none; }
  .kepu-table tr { background: #fff; border: 1px solid #d9e2ec; border-radius: 8px; margin: 8px 0; padding: 6px 10px; }
  .kepu-table td { border: 0; padding: 3px 0; overflow-wrap: anywhere; }
  .kepu-table td[data-label]::before { content: attr(data-label) "："; color: #52606d; font-size: .85rem; }
  .kepu-table td:first-child { font-weight: 600; }
  .kepu-facts { grid-template-columns: 1fr; gap: 0; }
  .kepu-facts dd { margin-bottom: 6px; overflow-wrap: anywhere; }
  .kepu-form input, .kepu-form select, .kepu-form textarea { max-width: 100%; }
}
`;
