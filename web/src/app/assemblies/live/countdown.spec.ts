import { formatClock, secondsLeft } from './countdown';

describe("the speaker's countdown", () => {
  const startedAt = '2027-05-01T14:00:00.000Z';
  const t = (seconds: number) => new Date(startedAt).getTime() + seconds * 1000;

  it('counts down from the speaking time, from when the floor was given', () => {
    expect(secondsLeft(startedAt, 180, t(0))).toBe(180);
    expect(secondsLeft(startedAt, 180, t(0.9))).toBe(180);
    expect(secondsLeft(startedAt, 180, t(1))).toBe(179);
    expect(secondsLeft(startedAt, 180, t(95.5))).toBe(85);
  });

  it('stops at zero when the time is up', () => {
    expect(secondsLeft(startedAt, 180, t(180))).toBe(0);
    expect(secondsLeft(startedAt, 180, t(600))).toBe(0);
  });

  it('shows the whole time before the floor is given, and never more than it when clocks differ', () => {
    expect(secondsLeft(null, 120, t(50))).toBe(120);
    expect(secondsLeft(startedAt, 120, t(-5))).toBe(120);
  });

  it('reads as minutes and seconds', () => {
    expect(formatClock(185)).toBe('3:05');
    expect(formatClock(59)).toBe('0:59');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(3725)).toBe('1:02:05');
  });
});
