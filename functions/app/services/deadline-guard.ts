/**
 * The one deadline guard of both submission channels (upload and web form): after the
 * assessment's deadline an agency write is refused with 409 `assessment.closed` unless the
 * coordinator reopened that agency. The rule itself is `isClosedFor` in shared/core/review.
 */
import { isClosedFor } from '../../../shared/core/review/deadline.js';
import { reviewError } from '../../../shared/core/review/review-error.js';
import type { Lang } from '../../../shared/core/types.js';
import type { AppDeps } from '../deps.js';

/** Throws 409 `assessment.closed` when agency `code` may not write to `aid` now. */
export async function assertAgencyMayWrite(
  deps: AppDeps,
  aid: string,
  code: string,
  lang: Lang,
): Promise<void> {
  if (!deps.deadlines) return;
  const state = await deps.deadlines.deadlineState(aid, code);
  if (isClosedFor(state, deps.clock.now())) {
    throw reviewError(
      'assessment.closed',
      lang,
      { deadline: state.deadline ?? '' },
      { details: { deadline: state.deadline } },
    );
  }
}

/** The refusal {@link assertAgencyMayWrite} would throw, or null (to read in a batch of checks). */
export function agencyWriteRefusal(deps: AppDeps, aid: string, code: string, lang: Lang): Promise<unknown> {
  return assertAgencyMayWrite(deps, aid, code, lang).then(
    () => null,
    (error: unknown) => error,
  );
}
