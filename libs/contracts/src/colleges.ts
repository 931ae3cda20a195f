export interface College {
  id: string;
  code: string;
  nameFr: string;
  nameEn: string;
  seatCount: number;
  sortOrder: number;
  memberCount: number;
}

export interface CollegeRequest {
  code: string;
  nameFr: string;
  nameEn: string;
  seatCount: number;
  sortOrder?: number;
}
