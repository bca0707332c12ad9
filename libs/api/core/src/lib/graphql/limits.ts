export const MAX_QUERY_DEPTH = 8;
export const MAX_QUERY_COMPLEXITY = 600;
