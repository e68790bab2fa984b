import type { Role } from '../auth/tokens.js';

/** A Viewer as resolvers pass it on: who, with the home place's id (the Place is read when asked for). */
export type ViewerModel = { subject: string | null; name: string | null; roles: Role[]; placeId: string | null };
