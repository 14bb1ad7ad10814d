import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {youtubeFix} from './fix-steps.js';

// Cross-site linking, after CON-04 ("de-anonymises pseudonymous accounts"): the links on your channel's
// About (platform-pages-3.md §3.3, H) tie it to your other accounts for anyone. Usually chosen by an
// adult creator (Info); a teen's links lead strangers to their other profiles (Medium). Only the count is kept.
export default defineRule({
	id: 'channel-links-shown',
	ref: 'CON-04',
	family: 'contact',
	reads: ['channelLinkCount'],
	severity: severityFor('info', 'medium'),
	judge: ({channelLinkCount: {value: count}}) => (count > 0 ? risk('links', {values: {count: {count}}}) : ok),
	fixes: {youtube: youtubeFix('channel-about', 'L')},
	examples: {risky: [{channelLinkCount: known(1)}, {channelLinkCount: known(4)}], ok: [{channelLinkCount: known(0)}]},
});
