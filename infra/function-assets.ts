import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Stack } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { createApp } from './create-app.js';
import type { MgiStackProps } from './mgi-stack.js';

/** One function's deployment bundle as synthesised: the folder CDK zips and uploads. */
export interface FunctionBundle {
  /** Asset folder in the cloud assembly. */
  readonly dir: string;
  /** The bundled handler module (`index.mjs`). */
  readonly file: string;
  /** Size of the handler module in bytes (what Lambda loads at init). */
  readonly bytes: number;
  /** Size of its source map in bytes (0 when none). */
  readonly mapBytes: number;
}

interface AssetManifest {
  files: Record<string, { source: { path: string } }>;
}

/**
 * Synthesises the stack with real bundling into `outdir` (no nag, no network) and returns where the
 * API, aggregation and cleanup bundles are — the exact files a deploy would upload. Used by tests and bench.
 */
export function synthFunctionBundles(
  outdir: string,
  stackProps: MgiStackProps = {},
): { api: FunctionBundle; aggregate: FunctionBundle; cleanup: FunctionBundle } {
  const { app, stack } = createApp({ nag: false, appProps: { outdir }, stackProps });
  const assembly = app.synth();
  const artifact = assembly.getStackByName(stack.stackName);
  const manifest = JSON.parse(
    readFileSync(path.join(outdir, `${artifact.id}.assets.json`), 'utf8'),
  ) as AssetManifest;
  const bundleOf = (fn: NodejsFunction): FunctionBundle => {
    const logicalId = Stack.of(fn).getLogicalId(fn.node.defaultChild as CfnFunction);
    const code = artifact.template.Resources[logicalId].Properties.Code as { S3Key: string };
    const hash = code.S3Key.replace(/\.zip$/, '');
    const entry = manifest.files[hash];
    if (!entry) throw new Error(`no asset ${hash} for ${logicalId} in the assembly`);
    const dir = path.resolve(outdir, entry.source.path);
    const file = path.join(dir, 'index.mjs');
    const map = `${file}.map`;
    let mapBytes = 0;
    try {
      mapBytes = statSync(map).size;
    } catch {
      mapBytes = 0;
    }
    return { dir, file, bytes: statSync(file).size, mapBytes };
  };
  return {
    api: bundleOf(stack.apiFunction.function.fn),
    aggregate: bundleOf(stack.aggregateFunction.function.fn),
    cleanup: bundleOf(stack.cleanupFunction.function.fn),
  };
}
