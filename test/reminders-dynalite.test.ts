import { describe } from 'vitest';
import { reminderCases } from './support/reminder-cases.js';

describe('reminders over real HTTP and SMTP on dynalite', () => {
  reminderCases('dynalite');
});
