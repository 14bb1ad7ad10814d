import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {linkedinFix} from './fix-steps.js';

export default defineRule({
	id: 'connections-visible',
	ref: 'NET-01',
	family: 'social-graph',
	reads: ['connectionsVisible'],
	severity: severityFor('medium', 'high'),
	title: 'Your connections can browse your whole LinkedIn network',
	why: 'A visible network maps your colleagues, family and classmates; sextortionists use such lists to threaten exposure to "family and friends" (FBI, 2024).',
	okText: 'Only you can see your full connections list.',
	judge: ({connectionsVisible}) => (connectionsVisible.value ? risk('"Who can see your connections" is on: your connections can see your list') : ok),
	fixes: {linkedin: linkedinFix('visibility-settings', ['Visibility', 'Who can see your connections'], 'Choose "Only you" (the setting then shows "Off").')},
	examples: {risky: [{connectionsVisible: known(true)}], ok: [{connectionsVisible: known(false)}]},
});
