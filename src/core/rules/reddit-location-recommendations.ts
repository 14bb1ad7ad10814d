import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {redditFix} from './fix-steps.js';

// "Personalize recommendations based on your general location" (platform-pages-3.md §4.2, 2022–23, M;
// `show_location_based_recommendations`, H): your location, inferred, shapes what you are shown. The
// September 2023 change may have removed the row (§4.2): then it is unknown, never ok. TP-03, in geolocation.
export default defineRule({
	id: 'reddit-location-recommendations',
	ref: 'TP-03',
	family: 'geolocation',
	reads: ['locationRecommendations'],
	severity: severityFor('low', 'medium'),
	judge: ({locationRecommendations}) => (locationRecommendations.value ? risk('on') : ok),
	fixes: {reddit: redditFix('settings-privacy', 'L')},
	examples: {risky: [{locationRecommendations: known(true)}], ok: [{locationRecommendations: known(false)}]},
});
