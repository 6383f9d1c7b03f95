/**
 * SVG → PNG with resvg compiled to WebAssembly: no system library and no system font, so it runs the
 * same on a laptop and in Lambda. The .wasm and the chart font are read from files: beside the
 * bundle when deployed (copied there by the function's bundling), else from the package / this
 * folder when run from the sources.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/** File names the bundling copies next to the bundle (infra/constructs/app-function.ts). */
export const RESVG_WASM_FILE = 'resvg.wasm';
// One face only: resvg parses every font it is given on each render, and a second face doubled that.
export const CHART_FONT_FILES = ['fonts/LiberationSans-Regular.ttf'];

function wasmPath(): string {
  const beside = fileURLToPath(new URL(`./${RESVG_WASM_FILE}`, import.meta.url));
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
}

let ready: Promise<Uint8Array[]> | null = null;

/** Loads the WebAssembly module (once per process) and the fonts. */
function load(): Promise<Uint8Array[]> {
  ready ??= (async () => {
    await initWasm(await readFile(wasmPath()));
    return Promise.all(
      CHART_FONT_FILES.map(async (f) => new Uint8Array(await readFile(new URL(`./${f}`, import.meta.url)))),
    );
  })();
  ready.catch(() => {
    ready = null;
  });
  return ready;
}

/** Renders an SVG document to PNG bytes `widthPx` wide, with the shipped Liberation Sans font. */
export async function rasteriseSvg(svg: string, widthPx: number): Promise<Uint8Array> {
  const fontBuffers = await load();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    font: { fontBuffers, defaultFontFamily: 'Liberation Sans' },
  });
  const rendered = resvg.render();
  try {
    return rendered.asPng();
  } finally {
    rendered.free();
    resvg.free();
  }
}
