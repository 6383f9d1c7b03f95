export { chooseReminderTargets, type RefusedTarget, type ReminderCandidate } from './choose-targets.js';
export { composeReminder, type ReminderInput, type ReminderMail } from './compose-reminder.js';
export { formatDeadlineWib } from './deadline-text.js';
export type { Mailer, OutgoingMail } from './mailer-port.js';
export { signInAddress } from './sign-in-address.js';
