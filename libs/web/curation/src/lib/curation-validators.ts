/** The server's limits for curated wording (same as a resident's proposal). */
export const CURATED_TITLE_MAX = 200;
export const CURATED_BODY_MAX = 20_000;
export const CURATION_NOTE_MAX = 1000;
