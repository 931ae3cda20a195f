/** Reference lists of the federation (codes are stable; labels live in translations). */

/** The federation's time zone (Québec): meeting dates, calendar days of filters, dates in mail and PDFs. */
export const FEDERATION_TIME_ZONE = 'America/Toronto';

export const MEMBER_KINDS = ['cooperative', 'nonprofit', 'network', 'union', 'research', 'local_development', 'first_nations', 'regional_pole', 'other'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

export const SECTORS = [
  'arts_culture', 'food', 'retail', 'environment', 'collective_real_estate', 'leisure_tourism',
  'it_communications', 'media', 'manufacturing', 'personal_services', 'childcare', 'home_care',
  'funeral', 'forestry', 'agriculture', 'finance', 'transport', 'education', 'health', 'other',
] as const;
export type Sector = (typeof SECTORS)[number];

/** The 17 administrative regions of Québec, by their official number. */
export const REGIONS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17'] as const;
export type Region = (typeof REGIONS)[number];

export const STANDINGS = ['good_standing', 'suspended', 'lapsed'] as const;
export type Standing = (typeof STANDINGS)[number];

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const ELECTION_METHODS = ['plurality', 'approval', 'stv_meek', 'stv_scottish'] as const;
export type ElectionMethod = (typeof ELECTION_METHODS)[number];

export const QUORUM_TYPES = ['count', 'percent'] as const;
export type QuorumType = (typeof QUORUM_TYPES)[number];

export const VOTE_WEIGHTINGS = ['per_delegate', 'per_member'] as const;
export type VoteWeighting = (typeof VOTE_WEIGHTINGS)[number];
