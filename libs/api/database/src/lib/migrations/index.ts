import { Foundation1763700000000 } from './1763700000000-foundation';
import { PrivacyConsent1763800000000 } from './1763800000000-privacy-consent';
import { ParticipationCore1763900000000 } from './1763900000000-participation-core';
import { ModerationCuration1764000000000 } from './1764000000000-moderation-curation';
import { Surveys1764100000000 } from './1764100000000-surveys';
import { Votes1764200000000 } from './1764200000000-votes';
import { Catalogue1764300000000 } from './1764300000000-catalogue';

/** Every migration, listed explicitly and in order: no globbing over build output. */
export const migrations = [
  Foundation1763700000000,
  PrivacyConsent1763800000000,
  ParticipationCore1763900000000,
  ModerationCuration1764000000000,
  Surveys1764100000000,
  Votes1764200000000,
  Catalogue1764300000000,
];
