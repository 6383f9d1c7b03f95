import { Duration, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { AppFunction } from './app-function.js';

export interface ApiFunctionProps {
  /** Entry of the API Lambda (`handle(createApp(...))`). */
  readonly entry: string;
  readonly logRetention: logs.RetentionDays;
  readonly environment?: Record<string, string>;
  /** Default-stage throttling: steady requests per second and burst. */
  readonly throttle?: { readonly rateLimit: number; readonly burstLimit: number };
  readonly memorySize?: number;
  /**
   * Instances the API function may run at once (reserved concurrency): with one request per
   * instance and the app's own per-agency limit on parses, this caps what a burst of hostile
   * uploads can cost and keeps the rest of the account's concurrency for other functions.
   */
  readonly reservedConcurrency?: number;
}

/** Default reserved concurrency of the API function: ample for 58 agencies uploading at once. */
export const API_RESERVED_CONCURRENCY = 50;

/** JSON access-log line with the HTTP API context fields an operator needs for one request. */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    userAgent: '$context.identity.userAgent',
    method: '$context.httpMethod',
    path: '$context.path',
    routeKey: '$context.routeKey',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    responseLatency: '$context.responseLatency',
    integrationLatency: '$context.integrationLatency',
    integrationStatus: '$context.integrationStatus',
    integrationError: '$context.integrationErrorMessage',
  }),
);

/**
 * The API function (the Hono app behind `hono/aws-lambda`) and the HTTP API in front of it: every
 * path goes to the one app, the default stage is throttled and writes JSON access logs.
 */
export class ApiFunction extends Construct {
  readonly function: AppFunction;
  readonly api: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly accessLogs: logs.LogGroup;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);
    this.function = new AppFunction(this, 'Handler', {
      entry: props.entry,
      description: 'mgi-collect HTTP API (Hono app)',
      memorySize: props.memorySize ?? 1024,
      // HTTP API cuts integrations at 30 s; stop first so the app's own error reaches the client.
      timeout: Duration.seconds(29),
      logRetention: props.logRetention,
      environment: props.environment,
      functionProps: { reservedConcurrentExecutions: props.reservedConcurrency ?? API_RESERVED_CONCURRENCY },
    });
    Validations.of(this.function.fn).acknowledge(
      {
        id: 'Serverless-LambdaDLQ',
        reason: 'Invoked only synchronously by API Gateway: the caller gets the error, nothing is queued.',
      },
      {
        id: 'Serverless-LambdaAsyncFailureDestination',
        reason: 'Invoked only synchronously by API Gateway; asynchronous failure handling never applies.',
      },
    );

    this.api = new apigw.HttpApi(this, 'HttpApi', {
      description: 'mgi-collect API',
      createDefaultStage: false,
      defaultIntegration: new HttpLambdaIntegration('App', this.function.fn),
    });
    // Auth is the app's own: bearer tokens checked per route (health is public by contract), so the
    // gateway passes every request through.
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason: 'Bearer-token auth with per-route roles is enforced inside the app; GET /api/health is public.',
    });

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: props.logRetention });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle ?? { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogs),
        format: ACCESS_LOG_FORMAT,
      },
    });
  }

  /** The base URL of the default stage (ends with a slash). */
  get url(): string {
    return this.stage.url;
  }
}
