import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {linkedinFix} from './fix-steps.js';

// Where you are, inferred from your IP address, used to target ads (LinkedIn › Advertising data ›
// "Inferred location"; platform-pages-3.md §5.3, switch allowIpToPersonalizeAds, H-ish, Brave PSST
// 2025–26). Ad data from your own activity: TP-03, in the geolocation family.
export default defineRule({
	id: 'linkedin-ads-inferred-location',
	ref: 'TP-03',
	family: 'geolocation',
	reads: ['adsInferredLocation'],
	severity: severityFor('low', 'medium'),
	judge: ({adsInferredLocation}) => (adsInferredLocation.value ? risk('on') : ok),
	fixes: {linkedin: linkedinFix('ads-inferred-location', '2026-01', 'M')},
	examples: {risky: [{adsInferredLocation: known(true)}], ok: [{adsInferredLocation: known(false)}]},
});
