/**
 * Reminders to the contacts of agencies: who gets one (missing and enabled by default, or those
 * chosen), the e-mail in each agency's language with its sign-in address and the WIB deadline, one
 * send per agency, each outcome appended to the audit log. A dry run sends and records nothing.
 */
import type { Actor } from '../../../shared/core/audit/audit-entry.js';
import { mapWithConcurrency } from '../../../shared/core/concurrency.js';
import { fail, issueOf } from '../../../shared/core/errors/index.js';
import {
  chooseReminderTargets,
  type ReminderCandidate,
} from '../../../shared/core/reminders/choose-targets.js';
import { composeReminder, type ReminderMail } from '../../../shared/core/reminders/compose-reminder.js';
import { signInAddress } from '../../../shared/core/reminders/sign-in-address.js';
import type { Lang } from '../../../shared/core/types.js';
import type { Agency, Assessment } from '../../../shared/ports.js';
import type { AppDeps } from '../deps.js';

/** Sends at a time: an SMTP relay or SES is not flooded, 58 agencies take seconds. */
const CONCURRENCY = 4;

export type ReminderStatus = 'sent' | 'no_address' | 'failed' | 'ready';

export interface ReminderResult {
  agency: string;
  status: ReminderStatus;
  to?: string;
  /** Why a send failed (the mail server's or library's reason). */
  error?: string;
}

export interface ReminderOutcome {
  dryRun: boolean;
  /** Where mail goes: an SMTP server, the outbox folder (.eml files), or Amazon SES. */
  delivery: 'smtp' | 'outbox' | 'ses';
  results: ReminderResult[];
  /** Dry run: the first e-mail as it would be sent. */
  preview?: ReminderMail & { to: string | null; agency: string };
}

/** An agency as the reminder rules see it. */
export function reminderCandidate(a: Agency): ReminderCandidate {
  return {
    code: a.code,
    name: a.name,
    contactName: a.contactName ?? null,
    email: a.email ?? null,
    lang: a.lang ?? 'id',
    disabled: a.disabled === true,
    submitted: a.current !== null,
  };
}

/** The assessment's deadline (set by the coordinator), or null when none is set. */
export async function deadlineOf(deps: AppDeps, assessment: Assessment): Promise<string | null> {
  const own = (assessment as Assessment & { deadline?: string | null }).deadline;
  if (own !== undefined) return own;
  return (await deps.deadlines?.getSettings(assessment.id))?.deadline ?? null;
}

/** Sends (or with `dryRun` previews) the reminders; 422 `reminder.invalid` for unknown or disabled codes. */
export async function sendReminders(
  deps: AppDeps,
  input: {
    assessment: Assessment;
    agencies?: readonly string[];
    dryRun: boolean;
    actor: Actor;
    publicUrl: string;
    lang: Lang;
  },
): Promise<ReminderOutcome> {
  const { assessment } = input;
  if (!deps.mailer) throw new Error('AppDeps.mailer is missing: build deps with a composition root');
  const mailer = deps.mailer;
  const [agencies, deadline] = await Promise.all([
    deps.store.listAgencies(assessment.id),
    deadlineOf(deps, assessment),
  ]);
  const { targets, refused } = chooseReminderTargets(agencies.map(reminderCandidate), input.agencies);
  if (refused.length > 0) {
    const issues = refused.map((r) =>
      issueOf(
        r.reason === 'unknown' ? 'reminder.agency_unknown' : 'reminder.agency_disabled',
        { field: `agencies.${r.index}` },
        { code: r.code },
        input.lang,
      ),
    );
    throw fail('reminder.invalid', {}, { issues });
  }
  const compose = (t: ReminderCandidate) =>
    composeReminder({
      lang: t.lang,
      assessment,
      agency: t,
      signInUrl: signInAddress(input.publicUrl, t.lang),
      deadline,
    });
  if (input.dryRun) {
    const first = targets.find((t) => t.email) ?? targets[0];
    return {
      dryRun: true,
      delivery: mailer.kind,
      results: targets.map((t) =>
        t.email ? { agency: t.code, status: 'ready', to: t.email } : { agency: t.code, status: 'no_address' },
      ),
      ...(first ? { preview: { ...compose(first), to: first.email, agency: first.code } } : {}),
    };
  }
  const record = (t: ReminderCandidate, action: 'reminder.sent' | 'reminder.failed', after: unknown) =>
    deps.audit.append({
      assessmentId: assessment.id,
      actor: input.actor,
      action,
      target: `agency:${t.code}`,
      before: null,
      after,
    });
  const results = await mapWithConcurrency(targets, CONCURRENCY, async (t): Promise<ReminderResult> => {
    if (!t.email) {
      await record(t, 'reminder.failed', { status: 'no_address' });
      return { agency: t.code, status: 'no_address' };
    }
    const mail = compose(t);
    try {
      const { messageId } = await mailer.send({ to: t.email, ...mail });
      await record(t, 'reminder.sent', { status: 'sent', to: t.email, subject: mail.subject, messageId });
      return { agency: t.code, status: 'sent', to: t.email };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      deps.logger?.warn({ err: error, agency: t.code }, 'reminder not sent');
      await record(t, 'reminder.failed', { status: 'failed', to: t.email, error: reason });
      return { agency: t.code, status: 'failed', to: t.email, error: reason };
    }
  });
  return { dryRun: false, delivery: mailer.kind, results };
}
