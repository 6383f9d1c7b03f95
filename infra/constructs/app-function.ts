import { type Duration, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import {
  Charset,
  LogLevel,
  NodejsFunction,
  type NodejsFunctionProps,
  OutputFormat,
} from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** The newest Lambda Node.js runtime this aws-cdk-lib knows (cdk-nag L1 flags anything older). */
export const FUNCTION_RUNTIME = lambda.Runtime.NODEJS_24_X;

/**
 * esbuild banner for the ESM bundle: CommonJS dependencies bundled into an ES module (exceljs and
 * its zip/stream libraries) call `require('fs')` etc., which an ES module does not have.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __mgiCreateRequire } from 'node:module'; const require = __mgiCreateRequire(import.meta.url);";

/** Bundling options shared by every function, so the bench and the tests bundle exactly like a deploy. */
export const FUNCTION_BUNDLING = {
  format: OutputFormat.ESM,
  target: 'node24',
  platform: 'node',
  minify: true,
  sourceMap: true,
  // Keep the map small: stack traces need positions and names, not the sources themselves.
  sourcesContent: false,
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  logLevel: LogLevel.WARNING,
  // Non-ASCII text is emitted as UTF-8 rather than as escaped code points (~70 KB less; Lambda reads UTF-8).
  charset: Charset.UTF8,
  // zod stays small only because every module imports it as `import * as z from 'zod'` (tree-shaken
  // to ~100 KB); `import { z }` pulls in all ~45 message locales and breaks the bundle budget.
  // The Lambda Node runtime ships AWS SDK v3: leaving it out keeps the bundle within budget (exceljs
  // alone is ~1 MB minified).
  // docx (the Word report, ~1 MB) and exceljs (~1 MB) are imported only when a report or a
  // workbook is written or read: kept out of the bundle, they cost neither the budget nor a cold
  // start (exceljs compiled as part of the bundle was ~60 ms of every init), and are shipped beside
  // it as packages (below).
  externalModules: ['@aws-sdk/*', 'docx', 'exceljs'],
  // Files the report reads beside the bundle (shared/adapters/report/resvg-rasteriser.ts): resvg's
  // WebAssembly and the chart's font; docx as a package (self-contained: one ES module); exceljs
  // (CommonJS with dependencies) bundled by the same esbuild into one ES module of its own.
  commandHooks: {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir: string, outputDir: string) => [
      `cp "${inputDir}/node_modules/@resvg/resvg-wasm/index_bg.wasm" "${outputDir}/resvg.wasm"`,
      `mkdir -p "${outputDir}/fonts" "${outputDir}/node_modules/docx/dist"`,
      `cp "${inputDir}/shared/adapters/report/fonts/LiberationSans-Regular.ttf" "${outputDir}/fonts/"`,
      `cp "${inputDir}/node_modules/docx/package.json" "${outputDir}/node_modules/docx/"`,
      `cp "${inputDir}/node_modules/docx/dist/index.mjs" "${outputDir}/node_modules/docx/dist/"`,
      `"${inputDir}/node_modules/.bin/esbuild" "${inputDir}/node_modules/exceljs/excel.js" --bundle --platform=node --format=esm --target=node24 --minify --charset=utf8 --log-level=warning --banner:js="${ESM_REQUIRE_BANNER}" --outfile="${outputDir}/node_modules/exceljs/index.mjs"`,
      `echo '{"name":"exceljs","type":"module","main":"index.mjs"}' > "${outputDir}/node_modules/exceljs/package.json"`,
    ],
  },
} as const satisfies NodejsFunctionProps['bundling'];

export interface AppFunctionProps {
  /** TypeScript entry point exporting `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly logRetention: logs.RetentionDays;
  /** Merged over the defaults, never replacing them. */
  readonly environment?: Record<string, string>;
  /** Caller's overrides, applied after the defaults. */
  readonly functionProps?: Partial<NodejsFunctionProps>;
}

/**
 * A Node.js Lambda function with the project's defaults: newest runtime, arm64, minified ESM bundle
 * with source maps, X-Ray tracing, its own log group with retention, and a role that may write only
 * to that log group (no AWS-managed policy).
 */
export class AppFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly logGroup: logs.LogGroup;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', { retention: props.logRetention });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role: ${props.description}`,
    });
    this.logGroup.grantWrite(this.role);
    this.fn = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      tracing: lambda.Tracing.ACTIVE,
      bundling: FUNCTION_BUNDLING,
      ...props.functionProps,
      environment: {
        LOG_LEVEL: 'info',
        // Stack traces in the logs point into the TypeScript sources (cost measured in the cold-start bench).
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
        ...props.functionProps?.environment,
      },
    });
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Only the X-Ray statement CDK adds for active tracing; PutTraceSegments/PutTelemetryRecords have no resource-level permissions.',
    });
  }
}
