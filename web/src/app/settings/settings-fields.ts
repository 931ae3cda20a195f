import { ASSEMBLY_PRESETS, BOARD_QUORUM_TYPES, ELECTION_METHODS, QUORUM_TYPES, VOTE_WEIGHTINGS, type BylawSettings } from '@concerto/contracts';

export type SettingKey = Exclude<keyof BylawSettings, 'updatedAt'>;

/** How each bylaw setting is edited and shown; labels are `settings.fields.<key>`. */
export type SettingField =
  | { key: SettingKey; type: 'number'; label: string; hint: string; min: number }
  | { key: SettingKey; type: 'boolean'; label: string; hint: string }
  | { key: SettingKey; type: 'choice'; label: string; hint: string; options: readonly string[]; optionPrefix: string };

export const SETTING_FIELDS: readonly SettingField[] = [
  { key: 'assemblyPreset', type: 'choice', label: 'settings.fields.assemblyPreset', hint: 'settings.hints.assemblyPreset', options: ASSEMBLY_PRESETS, optionPrefix: 'enums.assemblyPreset.' },
  { key: 'noticePeriodDays', type: 'number', label: 'settings.fields.noticePeriodDays', hint: 'settings.hints.noticePeriodDays', min: 0 },
  { key: 'quorumType', type: 'choice', label: 'settings.fields.quorumType', hint: 'settings.hints.quorumType', options: QUORUM_TYPES, optionPrefix: 'enums.quorumType.' },
  { key: 'quorumValue', type: 'number', label: 'settings.fields.quorumValue', hint: 'settings.hints.quorumValue', min: 0 },
  { key: 'proxiesAllowed', type: 'boolean', label: 'settings.fields.proxiesAllowed', hint: 'settings.hints.proxiesAllowed' },
  { key: 'maxProxiesPerDelegate', type: 'number', label: 'settings.fields.maxProxiesPerDelegate', hint: 'settings.hints.maxProxiesPerDelegate', min: 0 },
  { key: 'speakerSeconds', type: 'number', label: 'settings.fields.speakerSeconds', hint: 'settings.hints.speakerSeconds', min: 15 },
  { key: 'delegatesPerMember', type: 'number', label: 'settings.fields.delegatesPerMember', hint: 'settings.hints.delegatesPerMember', min: 1 },
  { key: 'voteWeighting', type: 'choice', label: 'settings.fields.voteWeighting', hint: 'settings.hints.voteWeighting', options: VOTE_WEIGHTINGS, optionPrefix: 'enums.voteWeighting.' },
  { key: 'termLengthYears', type: 'number', label: 'settings.fields.termLengthYears', hint: 'settings.hints.termLengthYears', min: 1 },
  { key: 'staggeredTerms', type: 'boolean', label: 'settings.fields.staggeredTerms', hint: 'settings.hints.staggeredTerms' },
  { key: 'youthReservedSeats', type: 'number', label: 'settings.fields.youthReservedSeats', hint: 'settings.hints.youthReservedSeats', min: 0 },
  { key: 'youthMaxAge', type: 'number', label: 'settings.fields.youthMaxAge', hint: 'settings.hints.youthMaxAge', min: 0 },
  { key: 'electionMethod', type: 'choice', label: 'settings.fields.electionMethod', hint: 'settings.hints.electionMethod', options: ELECTION_METHODS, optionPrefix: 'enums.electionMethod.' },
  { key: 'boardQuorumType', type: 'choice', label: 'settings.fields.boardQuorumType', hint: 'settings.hints.boardQuorumType', options: BOARD_QUORUM_TYPES, optionPrefix: 'enums.boardQuorumType.' },
  { key: 'boardQuorumValue', type: 'number', label: 'settings.fields.boardQuorumValue', hint: 'settings.hints.boardQuorumValue', min: 0 },
];
