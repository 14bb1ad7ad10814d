import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {xFix} from './fix-steps.js';

// SUP-02, with SUP-01 as the other explanation: X protects the posts of known minors (13–17) by
// default (risks-and-settings.md (b) X, H/M). A prompt for a talk, never a score.
export default defineRule({
	id: 'teen-defaults-x',
	ref: 'SUP-02, SUP-01',
	family: 'supervision',
	reads: ['postsProtected'],
	severity: severityFor('info', 'high'),
	profiles: ['teen13', 'teen16'],
	prompt: true,
	judge: ({postsProtected}) => (postsProtected.value ? ok
		: risk('public')),
	fixes: {x: xFix('settings-audience', 'M')},
	examples: {risky: [{postsProtected: known(false)}], ok: [{postsProtected: known(true)}]},
});
