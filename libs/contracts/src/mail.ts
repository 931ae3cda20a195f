import type { Language } from './reference';

/**
 * held: kept in the portal (no SMTP server configured when it was queued);
 * pending: waiting for delivery or for its next try; sent: accepted by the SMTP server;
 * failed: given up after the last allowed attempt.
 */
export const MAIL_STATUSES = ['held', 'pending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export const MAIL_TEMPLATES = ['password_reset', 'invitation', 'board_convocation', 'assembly_convocation'] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

export interface MailSummary {
  id: string;
  to: string;
  personId: string | null;
  template: MailTemplate;
  language: Language;
  subject: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  nextAttemptAt: string | null;
}

export interface MailMessage extends MailSummary {
  /** The plain-text body; null when it went out by e-mail (its links are not shown to admins). */
  text: string | null;
}

export interface MailQuery {
  status?: MailStatus;
  page?: number;
  pageSize?: number;
}

/** Forgotten password: always answered the same way, whether the address has an account or not. */
export interface PasswordResetRequest {
  email: string;
}

export interface PasswordResetConfirmRequest {
  token: string;
  password: string;
}
