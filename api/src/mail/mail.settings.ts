export interface MailSettings {
  smtpUrl: string | null;
  mailFrom: string;
  publicUrl: string;
  maxAttempts: number;
  retrySeconds: number;
  pollMilliseconds: number;
}

export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');

/** Seconds to wait after the given failed attempt: retrySeconds, doubling, at most an hour. */
export function retryDelaySeconds(settings: MailSettings, attempts: number): number {
  return Math.min(3600, settings.retrySeconds * 2 ** Math.max(0, attempts - 1));
}
