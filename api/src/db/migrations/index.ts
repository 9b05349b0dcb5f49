import { InitialSchema1732406400000 } from './1732406400000-initial-schema';

/** Every migration, in order. Listed explicitly: no glob discovery, the build output is what runs. */
export const migrations = [InitialSchema1732406400000];
