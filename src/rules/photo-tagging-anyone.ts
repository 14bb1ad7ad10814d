import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {xFix} from './fix-steps.js';

export default defineRule({
	id: 'photo-tagging-anyone',
	ref: 'PHO-03',
	family: 'photos',
	reads: ['photoTagging'],
	severity: severityFor('medium', 'high'),
	title: 'Anyone on X can tag you in photos',
	why: 'Anyone can attach your name to photos you never approved; child-safety guides (Internet Matters) advise limiting photo tagging on X.',
	okText: 'Photo tagging is off or limited to people you follow.',
	judge: ({photoTagging}) => (photoTagging.value === 'anyone' ? risk('Anyone can tag you in photos') : ok),
	fixes: {x: xFix('settings-audience', ['Audience, media and tagging', 'Photo tagging'], 'Choose "Only people you follow can tag you", or turn photo tagging off.')},
	examples: {risky: [{photoTagging: known('anyone')}], ok: [{photoTagging: known('following')}, {photoTagging: known('off')}]},
});
