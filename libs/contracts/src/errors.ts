/** Body of every error the API returns. `message` is in the caller's language. */
export interface ApiError {
  statusCode: number;
  code: string;
  message: string;
  /** For validation errors (400): one entry per offending field. */
  fields?: FieldError[];
}

export interface FieldError {
  field: string;
  message: string;
}
