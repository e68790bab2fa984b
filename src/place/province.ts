import { toGlobalId } from '../ids.js';

/** The province the plan is about: `subject: province` in the seed and an omitted place in the API mean this place. */
export const PROVINCE = '河南';

/** The province's global id. */
export const PROVINCE_ID = toGlobalId('Place', PROVINCE);
