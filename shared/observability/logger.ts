import { AsyncLocalStorage } from 'node:async_hooks';
import {
  type Bindings,
  type ChildLoggerOptions,
  type DestinationStream,
  type Logger,
  type LoggerOptions,
  pino,
} from 'pino';
import { redactText, redactValue } from './redact.js';

export type { Logger } from 'pino';

/** What a log line knows about the request it belongs to. */
export interface RequestContext {
  requestId: string;
  /** API Gateway's id of the request, when deployed (its access logs use it). */
  apiRequestId?: string;
}

const requestContext = new AsyncLocalStorage<RequestContext>();

/** Lines written outside any request (start-up, the scheduled run) carry this request id. */
export const NO_REQUEST_ID = 'none';

/**
 * Runs `fn` with a request id attached: every line any logger of ours writes while it runs
 * (including awaited work) carries `requestId`, without passing a logger down the call chain.
 */
export function withRequestContext<T>(context: RequestContext, fn: () => T): T {
  return requestContext.run(context, fn);
}

/** The request id of the running request, or {@link NO_REQUEST_ID}. */
export function currentRequestId(): string {
  return requestContext.getStore()?.requestId ?? NO_REQUEST_ID;
}

/**
 * The structured JSON logger (pino): one JSON object per line, `requestId` on every line, and
 * redaction applied to every field and message — authorization headers, tokens (`mgi_…`,
 * `Bearer …`) and file contents never reach the output. `destination` defaults to stdout
 * (what CloudWatch Logs collects on Lambda).
 */
export function createLogger(
  options: { level?: string; name?: string; destination?: DestinationStream } = {},
): Logger {
  const config: LoggerOptions = {
    level: options.level ?? 'info',
    base: { service: options.name ?? 'mgi-collect' },
    messageKey: 'msg',
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => {
      const context = requestContext.getStore();
      return context?.apiRequestId
        ? { requestId: context.requestId, apiRequestId: context.apiRequestId }
        : { requestId: currentRequestId() };
    },
    formatters: {
      level: (label) => ({ level: label }),
      // Runs on the merged object of every call and on child bindings: scrub values by key and pattern.
      log: (object) => redactValue(object) as Record<string, unknown>,
    },
    serializers: { err: (err: unknown) => redactValue(err) },
    hooks: {
      // The message string of a call is not seen by `formatters.log`: scrub it here.
      logMethod(args, method) {
        const scrubbed = args.map((arg) => (typeof arg === 'string' ? redactText(arg) : arg));
        return method.apply(this, scrubbed as Parameters<typeof method>);
      },
    },
  };
  return redactChildBindings(options.destination ? pino(config, options.destination) : pino(config));
}

/** pino serialises child bindings once, without `formatters.log`: scrub them on the way in. */
function redactChildBindings(logger: Logger): Logger {
  const child = logger.child.bind(logger) as unknown as (
    bindings: Bindings,
    options?: ChildLoggerOptions,
  ) => Logger;
  const safeChild = (bindings: Bindings, childOptions?: ChildLoggerOptions): Logger =>
    redactChildBindings(child(redactValue(bindings) as Bindings, childOptions));
  logger.child = safeChild as unknown as Logger['child'];
  return logger;
}
