import type { AppError } from '../../core/app-error.js';
import { fail } from '../../core/errors/index.js';

/**
 * The one error a mailer throws: `mail.send_failed` (502) naming the transport and the reason the
 * server or library gave, with the original error as cause (logged).
 */
export function sendFailure(transport: string, cause: unknown): AppError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return fail('mail.send_failed', { transport, reason }, { cause });
}
