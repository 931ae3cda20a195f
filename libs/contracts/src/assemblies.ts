/** General assemblies (issue 8): convocation, registration and credentials, attendance and quorum, agenda, speakers. */
import type { QuorumType } from './reference';

/** Annual (AGA) or special (AGE). */
export const ASSEMBLY_KINDS = ['annual', 'special'] as const;
export type AssemblyKind = (typeof ASSEMBLY_KINDS)[number];

/**
 * The bylaw preset: non-profit (Companies Act, Part III) or cooperative (Cooperatives Act: one
 * member one vote, no proxies; proxies cannot be turned on under this preset).
 */
export const ASSEMBLY_PRESETS = ['nonprofit', 'cooperative'] as const;
export type AssemblyPreset = (typeof ASSEMBLY_PRESETS)[number];

/** draft → convened (convocation sent) → in_session (opened by the chair) → closed; or cancelled before it opens. */
export const ASSEMBLY_STATUSES = ['draft', 'convened', 'in_session', 'closed', 'cancelled'] as const;
export type AssemblyStatus = (typeof ASSEMBLY_STATUSES)[number];

/** The standard order of business; `custom` is any other item the organizers add. */
export const AGENDA_ITEM_KINDS = [
  'opening', 'agenda_adoption', 'previous_minutes', 'reports', 'elections', 'motions', 'other_business', 'closing', 'custom',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const AGENDA_ITEM_STATUSES = ['pending', 'current', 'done'] as const;
export type AgendaItemStatus = (typeof AGENDA_ITEM_STATUSES)[number];

/** Duties given on one assembly: its chair, and the credentials desk. */
export const ASSEMBLY_DUTIES = ['chair', 'credentials'] as const;
export type AssemblyDuty = (typeof ASSEMBLY_DUTIES)[number];

/** Registered ahead by the delegate, or at the door by the credentials desk. */
export const REGISTRATION_CHANNELS = ['ahead', 'desk'] as const;
export type RegistrationChannel = (typeof REGISTRATION_CHANNELS)[number];

/** In the hall, or online (video link). */
export const ATTENDANCE_MODES = ['hall', 'online'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/** Asking for the floor: for or against the item, or a question of privilege / point of order (which go first). */
export const FLOOR_REQUEST_KINDS = ['for', 'against', 'privilege', 'order'] as const;
export type FloorRequestKind = (typeof FLOOR_REQUEST_KINDS)[number];
export const PRIORITY_FLOOR_KINDS: readonly FloorRequestKind[] = ['privilege', 'order'];

export const SPEAKER_STATUSES = ['waiting', 'speaking', 'done', 'withdrawn'] as const;
export type SpeakerStatus = (typeof SPEAKER_STATUSES)[number];

/** The rules an assembly runs under: read from the bylaw settings, frozen when the convocation goes out. */
export interface AssemblyRules {
  preset: AssemblyPreset;
  noticePeriodDays: number;
  quorumType: QuorumType;
  quorumValue: number;
  proxiesAllowed: boolean;
  maxProxiesPerDelegate: number;
  delegatesPerMember: number;
  speakerSeconds: number;
}

export interface AssemblySummary {
  id: string;
  kind: AssemblyKind;
  titleFr: string;
  titleEn: string;
  startsAt: string;
  place: string | null;
  videoUrl: string | null;
  status: AssemblyStatus;
  convenedAt: string | null;
  /** Set for the person asking: registered in it, and present now. */
  registered: boolean;
  present: boolean;
}

export interface AssemblyAgendaItem {
  id: string;
  position: number;
  kind: AgendaItemKind;
  titleFr: string;
  titleEn: string;
  /** The text under debate, shown on the room display. */
  bodyFr: string | null;
  bodyEn: string | null;
  status: AgendaItemStatus;
}

export interface AssemblyDocument {
  id: string;
  titleFr: string;
  titleEn: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

export interface AssemblyStaffMember {
  personId: string;
  fullName: string;
  duty: AssemblyDuty;
}

/**
 * Live attendance and quorum: what every screen shows. Quorum counts votes present (delegates
 * checked in, plus the proxies they hold): at least `value` of them (`count`), or `value` percent
 * of the votes registered (`percent`: registered delegates plus proxies given).
 */
export interface AssemblyQuorum {
  /** Delegates checked in now (hall + online). */
  present: number;
  presentHall: number;
  presentOnline: number;
  /** Proxies held by delegates present. */
  proxiesHeld: number;
  /** Delegates present plus the proxies they hold. */
  votesPresent: number;
  /** Registered delegates plus proxies given (the base of a percentage). */
  votesRegistered: number;
  registered: number;
  /** Member organizations represented by a present delegate or a proxy held by one. */
  membersRepresented: number;
  required: number;
  met: boolean;
  type: QuorumType;
  value: number;
}

export interface Speaker {
  id: string;
  personId: string;
  fullName: string;
  memberName: string;
  kind: FloorRequestKind;
  status: SpeakerStatus;
  requestedAt: string;
  /** When the floor was given; with `speakerSeconds`, screens show the time left. */
  startedAt: string | null;
}

/** The live part of an assembly: what the room display, the console and the delegate's screen show. */
export interface AssemblyLiveState {
  assemblyId: string;
  status: AssemblyStatus;
  currentItem: AssemblyAgendaItem | null;
  quorum: AssemblyQuorum;
  /** The speaker who has the floor, then those waiting, in the order they will speak. */
  speakers: Speaker[];
  speakerSeconds: number;
  /** The sequence number of the last event included in this state. */
  seq: number;
}

export interface AssemblyDetail extends AssemblySummary {
  rules: AssemblyRules;
  agenda: AssemblyAgendaItem[];
  documents: AssemblyDocument[];
  staff: AssemblyStaffMember[];
  /** What the asking person may do on this assembly (duties, registration). */
  you: {
    duties: AssemblyDuty[];
    registrationId: string | null;
    present: boolean;
    proxiesHeld: number;
    /** Why the person may not register (eligibility), or null. */
    ineligibility: string | null;
    /** The delegate the person gave their proxy to in this assembly, or null. */
    proxyGivenTo: string | null;
  };
  live: AssemblyLiveState;
}

export interface AssemblyRegistration {
  id: string;
  personId: string;
  fullName: string;
  memberId: string;
  memberName: string;
  channel: RegistrationChannel;
  registeredAt: string;
  present: boolean;
  mode: AttendanceMode | null;
  checkedInAt: string | null;
  /** Proxies this delegate holds, with who gave them. */
  proxies: AssemblyProxy[];
}

/** A registered delegate who may still take a proxy: what a delegate who cannot attend chooses from. */
export interface ProxyHolderCandidate {
  personId: string;
  fullName: string;
  memberName: string;
  proxiesHeld: number;
}

export interface AssemblyProxy {
  id: string;
  giverPersonId: string;
  giverName: string;
  giverMemberName: string;
  holderRegistrationId: string;
  createdAt: string;
}

/** A credentials-desk search hit: a delegate, their member, and whether they may register. */
export interface CredentialCandidate {
  personId: string;
  fullName: string;
  memberId: string;
  memberName: string;
  registrationId: string | null;
  present: boolean;
  /** Null when the delegate may register; otherwise an error code saying why not. */
  ineligibility: string | null;
}

export interface AssemblyRequest {
  kind: AssemblyKind;
  titleFr: string;
  titleEn: string;
  startsAt: string;
  place?: string | null;
  videoUrl?: string | null;
}

/** Where a convocation goes: the dashboard of each delegate of a member in good standing. */
export interface Convocation {
  assemblyId: string;
  kind: AssemblyKind;
  titleFr: string;
  titleEn: string;
  startsAt: string;
  place: string | null;
  videoUrl: string | null;
  convenedAt: string;
  registered: boolean;
}

/** The error codes of assemblies (api/src/assemblies/assemblies.errors.ts). */
export const ASSEMBLIES_ERROR_CODES = [
  'ASSEMBLY_NOT_FOUND', 'ASSEMBLY_NOT_EDITABLE', 'ASSEMBLY_ALREADY_CONVENED', 'ASSEMBLY_NOT_CONVENED', 'ASSEMBLY_NOTICE_TOO_SHORT', 'ASSEMBLY_IN_SESSION',
  'AGENDA_ITEM_NOT_FOUND', 'AGENDA_ORDER_MISMATCH', 'DOCUMENT_NOT_FOUND', 'DOCUMENT_MISSING', 'DOCUMENT_EMPTY', 'DOCUMENT_TOO_LARGE', 'DOCUMENT_TYPE_REFUSED',
  'PERSON_NOT_FOUND', 'REGISTRATION_NOT_FOUND', 'PROXY_NOT_FOUND', 'NOT_A_DELEGATE', 'MEMBER_SUSPENDED', 'MEMBER_LAPSED', 'ACCOUNT_INACTIVE', 'DELEGATE_LIMIT_REACHED',
  'ALREADY_REGISTERED', 'NOT_REGISTERED', 'HOLDER_NOT_REGISTERED', 'ALREADY_CHECKED_IN', 'NOT_CHECKED_IN', 'HALL_PRESENCE_BY_DESK', 'REGISTRATION_CHECKED_IN', 'REGISTRATION_HOLDS_PROXIES',
  'PROXIES_NOT_ALLOWED', 'PROXY_LIMIT_REACHED', 'PROXY_ALREADY_GIVEN', 'PROXY_GIVER_REGISTERED', 'PROXY_GIVER_CANNOT_REGISTER',
] as const;
export type AssembliesErrorCode = (typeof ASSEMBLIES_ERROR_CODES)[number];
