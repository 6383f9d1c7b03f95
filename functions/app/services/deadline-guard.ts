/**
 * The one deadline guard of both submission channels (upload and web form): after the
 * assessment's deadline an agency write is refused with 409 `assessment.closed` unless the
 * coordinator reopened that agency. The rule itself is `isClosedFor` in shared/core/review.
 */
import { isClosedFor } from '../../../shared/core/review/deadline.js';
import { reviewError } from '../../../shared/core/review/review-error.js';
import type { Lang } from '../../../shared/core/types.js';
import type { Assessment } from '../../../shared/ports.js';
import type { AppDeps } from '../deps.js';

/**
 * Throws 409 `assessment.closed` when agency `code` may not write to `assessment` now. The
 * assessment the request already read carries the deadline; the agency's reopening is read only
 * once that deadline has passed, so a write before it costs no store call.
 */
export async function assertAgencyMayWrite(
  deps: AppDeps,
  assessment: Assessment,
  code: string,
  lang: Lang,
): Promise<void> {
  const now = deps.clock.now();
  const deadline = assessment.deadline ?? null;
  if (!deps.deadlines || !isClosedFor({ deadline, reopenedUntil: null }, now)) return;
  const reopening = await deps.deadlines.getReopening(assessment.id, code);
  const state = { deadline, reopenedUntil: reopening?.until ?? null };
  if (isClosedFor(state, now)) {
    throw reviewError(
      'assessment.closed',
      lang,
      { deadline: state.deadline ?? '' },
      { details: { deadline: state.deadline } },
    );
  }
}
