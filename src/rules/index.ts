import type {Rule} from './define-rule.js';
import addressVisible from './address-visible.js';
import birthdateAndHometown from './birthdate-and-hometown.js';
import birthdateVisible from './birthdate-visible.js';
import connectedApps from './connected-apps.js';
import currentCityPublic from './current-city-public.js';
import emailVisible from './email-visible.js';
import findableByEmail from './findable-by-email.js';
import findableByPhone from './findable-by-phone.js';
import friendRequestsFromAnyone from './friend-requests-from-anyone.js';
import friendsListVisible from './friends-list-visible.js';
import futurePostsPublic from './future-posts-public.js';
import hometownPublic from './hometown-public.js';
import phoneVisible from './phone-visible.js';
import searchEngineLinking from './search-engine-linking.js';
import tagReviewOff from './tag-review-off.js';
import taggedPostsVisible from './tagged-posts-visible.js';

/** Every rule, in checklist order within a severity. Adding a rule: one file, one line (a test checks it). */
export const rules: readonly Rule[] = [
	birthdateAndHometown,
	addressVisible,
	birthdateVisible,
	phoneVisible,
	futurePostsPublic,
	findableByPhone,
	findableByEmail,
	emailVisible,
	friendsListVisible,
	taggedPostsVisible,
	tagReviewOff,
	connectedApps,
	hometownPublic,
	currentCityPublic,
	friendRequestsFromAnyone,
	searchEngineLinking,
];
