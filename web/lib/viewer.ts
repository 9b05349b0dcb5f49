import 'server-only';
import { cache } from 'react';
import { gqlRequest } from './api';
import type { ViewerQuery as ViewerQueryResult } from './gql/graphql';
import { ViewerQuery } from './operations/viewer';

export type Viewer = ViewerQueryResult['me'];

/** The signed-in user, fetched once per request however many components ask. */
export const getViewer = cache(async (): Promise<Viewer> => (await gqlRequest(ViewerQuery)).me);
