/** A stylesheet imported as text (esbuild's `text` loader in scripts/build.ts). */
declare module "maplibre-gl/dist/maplibre-gl.css" {
  const css: string;
  export default css;
}
