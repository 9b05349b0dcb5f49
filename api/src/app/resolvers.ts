import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { BranchResolver, RegionResolver } from '../modules/branches/branch.resolver';
import { DictionaryResolver } from '../modules/dictionaries/dictionary.resolver';
import { UserResolver } from '../modules/users/user.resolver';

/** Every resolver of the API, listed explicitly (no glob discovery). */
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  UserResolver,
  BranchResolver,
  RegionResolver,
  DictionaryResolver,
];
