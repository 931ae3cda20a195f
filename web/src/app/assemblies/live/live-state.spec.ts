import type { AssemblyEvent, AssemblyLiveState, AssemblyQuorum, Speaker } from '@concerto/contracts';
import { applyLiveEvent, parseLiveMessage } from './live-state';

const quorum = (present: number, required = 3): AssemblyQuorum => ({
  present, presentHall: present, presentOnline: 0, proxiesHeld: 0, votesPresent: present, votesRegistered: 10, registered: 10,
  membersRepresented: present, required, met: present >= required, type: 'count', value: required,
});

const state = (seq: number): AssemblyLiveState => ({ assemblyId: 'a1', status: 'convened', currentItem: null, quorum: quorum(0), speakers: [], speakerSeconds: 180, seq });
const at = '2027-05-01T14:00:00.000Z';
const speaker: Speaker = { id: 's1', personId: 'p1', fullName: 'Kevin Nguyen', memberName: 'Coop du Quartier', kind: 'for', status: 'waiting', requestedAt: at, startedAt: null };

function applied(s: AssemblyLiveState, e: AssemblyEvent): AssemblyLiveState {
  const outcome = applyLiveEvent(s, e);
  if (outcome.kind !== 'applied') throw new Error(`expected the event to apply, got ${outcome.kind}`);
  return outcome.state;
}

describe('applying live events to the state a screen shows', () => {
  it('applies the next event in sequence and moves the state to its number', () => {
    const next = applied(state(4), { assemblyId: 'a1', seq: 5, at, type: 'attendance.changed', quorum: quorum(3) });
    expect(next.seq).toBe(5);
    expect(next.quorum.present).toBe(3);
    expect(next.quorum.met).toBe(true);
  });

  it('applies each kind of event to its own part only', () => {
    let s = state(0);
    s = applied(s, { assemblyId: 'a1', seq: 1, at, type: 'assembly.status', status: 'in_session' });
    s = applied(s, { assemblyId: 'a1', seq: 2, at, type: 'agenda.changed', currentItem: { id: 'i1', position: 1, kind: 'opening', titleFr: 'Ouverture', titleEn: 'Opening', bodyFr: null, bodyEn: null, status: 'current' } });
    s = applied(s, { assemblyId: 'a1', seq: 3, at, type: 'speakers.changed', speakers: [speaker] });
    expect(s).toEqual({ ...state(3), status: 'in_session', currentItem: expect.objectContaining({ id: 'i1', status: 'current' }), speakers: [speaker] });
  });

  it('ignores an event already included (a replay after reconnecting, or one older than the snapshot)', () => {
    const s = { ...state(7), quorum: quorum(5) };
    expect(applyLiveEvent(s, { assemblyId: 'a1', seq: 7, at, type: 'attendance.changed', quorum: quorum(4) })).toEqual({ kind: 'stale' });
    expect(applyLiveEvent(s, { assemblyId: 'a1', seq: 2, at, type: 'attendance.changed', quorum: quorum(1) })).toEqual({ kind: 'stale' });
  });

  it('reports a gap when events were missed, instead of showing a state that skipped them', () => {
    expect(applyLiveEvent(state(3), { assemblyId: 'a1', seq: 5, at, type: 'attendance.changed', quorum: quorum(9) })).toEqual({ kind: 'gap' });
  });

  it("ignores another assembly's events", () => {
    expect(applyLiveEvent(state(3), { assemblyId: 'other', seq: 4, at, type: 'assembly.status', status: 'closed' })).toEqual({ kind: 'stale' });
  });

  it('replayed in a burst, events in order give the same state as one by one, and repeats change nothing', () => {
    const events: AssemblyEvent[] = [1, 2, 3].map((seq) => ({ assemblyId: 'a1', seq, at, type: 'attendance.changed', quorum: quorum(seq) }));
    let s = state(0);
    for (const e of [...events, events[0], events[2]]) {
      const outcome = applyLiveEvent(s, e);
      if (outcome.kind === 'applied') s = outcome.state;
    }
    expect(s.seq).toBe(3);
    expect(s.quorum.present).toBe(3);
  });
});

describe('reading a server-sent message', () => {
  it('takes the event from its JSON data', () => {
    const e = parseLiveMessage({ id: '5', event: 'attendance.changed', data: JSON.stringify({ assemblyId: 'a1', seq: 5, at, type: 'attendance.changed', quorum: quorum(2) }) });
    expect(e).toMatchObject({ seq: 5, type: 'attendance.changed' });
  });

  it('takes the type and number from the SSE fields when the data lacks them', () => {
    const e = parseLiveMessage({ id: '9', event: 'assembly.status', data: JSON.stringify({ assemblyId: 'a1', at, status: 'closed' }) });
    expect(e).toEqual({ assemblyId: 'a1', at, status: 'closed', type: 'assembly.status', seq: 9 });
  });

  it('drops what is not an event (a comment, bad JSON, no number)', () => {
    expect(parseLiveMessage({ data: 'not json' })).toBeNull();
    expect(parseLiveMessage({ data: JSON.stringify({ assemblyId: 'a1', type: 'assembly.status' }) })).toBeNull();
  });
});
