/**
 * The speaker's time left, in whole seconds, from when the floor was given and the speaking time
 * of the bylaws: never below zero (the screens then show "time is up"), and the whole time when
 * nobody has started.
 */
export function secondsLeft(startedAt: string | null, speakerSeconds: number, now: number): number {
  if (!startedAt) return speakerSeconds;
  const elapsed = Math.floor((now - new Date(startedAt).getTime()) / 1000);
  return Math.max(0, Math.min(speakerSeconds, speakerSeconds - elapsed));
}

/** 185 → "3:05"; 3725 → "1:02:05". */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
