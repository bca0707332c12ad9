/**
 * Where accessibility feedback goes (footer link and accessibility statement). The operating
 * administration replaces this reserved example address with its own contact.
 */
export const FEEDBACK_EMAIL = 'barrierefreiheit@mitreden.example';
