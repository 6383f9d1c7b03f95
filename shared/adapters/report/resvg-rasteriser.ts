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
import type { Resvg as ResvgClass } from '@resvg/resvg-wasm';

/** File names the bundling copies next to the bundle (infra/constructs/app-function.ts). */
export const RESVG_WASM_FILE = 'resvg.wasm';
// One face only: resvg parses every font it is given on each render, and a second face doubled that.
export const CHART_FONT_FILES = ['fonts/LiberationSans-Regular.ttf'];

function wasmPath(): string {
  const beside = fileURLToPath(new URL(`./${RESVG_WASM_FILE}`, import.meta.url));
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
}

let ready: Promise<{ Resvg: typeof ResvgClass; fontBuffers: Uint8Array[] }> | null = null;

/** Loads resvg and its WebAssembly module (once per process, on the first chart) and the fonts. */
function load(): Promise<{ Resvg: typeof ResvgClass; fontBuffers: Uint8Array[] }> {
  ready ??= (async () => {
    const { initWasm, Resvg } = await import('@resvg/resvg-wasm');
    await initWasm(await readFile(wasmPath()));
    const fontBuffers = await Promise.all(
      CHART_FONT_FILES.map(async (f) => new Uint8Array(await readFile(new URL(`./${f}`, import.meta.url)))),
    );
    return { Resvg, fontBuffers };
  })();
  ready.catch(() => {
    ready = null;
  });
  return ready;
}

/** Recent charts by SVG and width: the same scores drawn again (another download) cost nothing. */
const recent = new Map<string, Uint8Array>();
const RECENT_MAX = 8;

/** Renders an SVG document to PNG bytes `widthPx` wide, with the shipped Liberation Sans font. */
export async function rasteriseSvg(svg: string, widthPx: number): Promise<Uint8Array> {
  const memo = `${widthPx}\u0000${svg}`;
  const known = recent.get(memo);
  if (known) return known;
  const png = await render(svg, widthPx);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value as string);
  recent.set(memo, png);
  return png;
}

async function render(svg: string, widthPx: number): Promise<Uint8Array> {
  const { Resvg, fontBuffers } = await load();
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
