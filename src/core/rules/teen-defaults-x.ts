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
	title: 'Talk it over: these X posts are public, though X protects teens\' posts',
	why: 'X protects the posts of known minors by default and has no parental tool; public posts mean the protection was turned off, or that X does not know the account holder is under 18.',
	okText: 'Posts are protected, as X sets them for known minors.',
	judge: ({postsProtected}) => (postsProtected.value ? ok
		: risk('Was turning protection off agreed together? If the birth date on the account says 18 or over, X treats it as an adult\'s')),
	fixes: {x: xFix('settings-audience', ['Audience, media and tagging'], 'Decide together; to protect the posts, turn on "Protect your posts". If the age is wrong, correct the birth date in Edit profile.', 'M')},
	examples: {risky: [{postsProtected: known(false)}], ok: [{postsProtected: known(true)}]},
});
