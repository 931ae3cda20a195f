/** Minutes (procès-verbaux) and errata: drafted, submitted, adopted, signed, published (issue 7). */
export const MINUTES_KINDS = ['minutes', 'erratum'] as const;
export type MinutesKind = (typeof MINUTES_KINDS)[number];

export const MINUTES_STATUSES = ['draft', 'submitted', 'adopted', 'published'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

/** Who signs adopted minutes: the président·e and the secretary. */
export const SIGNATURE_ROLES = ['president', 'secretary'] as const;
export type SignatureRole = (typeof SIGNATURE_ROLES)[number];
