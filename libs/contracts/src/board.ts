/** The board register: seats by college, terms, officers (issue 7). */
export const BOARD_OFFICES = ['president', 'vice_president', 'secretary', 'treasurer'] as const;
export type BoardOffice = (typeof BOARD_OFFICES)[number];
