import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {notSet, shownTo} from './exposed-to.js';
import {youtubeFix} from './fix-steps.js';

// LOC-02, one step wider: your channel's About shows your country to anyone (platform-pages-3.md §3.5,
// H). A country narrows far less than a city, so Info for adults; for a teen it still says where, Low.
export default defineRule({
	id: 'channel-country-shown',
	ref: 'LOC-02',
	family: 'location',
	reads: ['channelCountry'],
	severity: severityFor('info', 'low'),
	judge: ({channelCountry}) => (channelCountry.value === 'shown' ? risk('shown') : ok),
	fixes: {youtube: youtubeFix('channel-about', 'L')},
	examples: {risky: [{channelCountry: shownTo('public')}], ok: [{channelCountry: notSet}]},
});
