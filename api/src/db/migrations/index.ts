import { InitialSchema1732406400000 } from './1732406400000-initial-schema';
import { CompanySearch1764000000000 } from './1764000000000-company-search';
import { Notifications1764100000000 } from './1764100000000-notifications';
import { Calls1764200000000 } from './1764200000000-calls';
import { SearchTuning1764300000000 } from './1764300000000-search-tuning';
import { AnalyticsRollups1764400000000 } from './1764400000000-analytics-rollups';
import { ListSortIndexes1764500000000 } from './1764500000000-list-sort-indexes';

/** Every migration, in order. Listed explicitly: no glob discovery, the build output is what runs. */
export const migrations = [
  InitialSchema1732406400000,
  CompanySearch1764000000000,
  Notifications1764100000000,
  Calls1764200000000,
  SearchTuning1764300000000,
  AnalyticsRollups1764400000000,
  ListSortIndexes1764500000000,
];
