import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {googleFix} from './fix-steps.js';

// Google's Web & App Activity saves searches, Maps use and (its sub-setting) activity from sites and
// apps that use Google services: activity off the platform joined to the account (TP-02). The catalog
// (risks-and-settings.md (b), M) calls it risky "on with no auto-delete"; the page's auto-delete
// choice is not read, so "on" is reported and the steps say to set auto-delete when keeping it.
export default defineRule({
	id: 'web-app-activity-on',
	ref: 'TP-02 (Web & App Activity)',
	family: 'third-party',
	reads: ['webAppActivity'],
	severity: severityFor('low', 'medium'),
	judge: ({webAppActivity}) => (webAppActivity.value ? risk('on') : ok),
	fixes: {google: googleFix('activity-web-app', '2023-01', 'M')},
	examples: {risky: [{webAppActivity: known(true)}], ok: [{webAppActivity: known(false)}]},
});
