import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {xFix} from './fix-steps.js';

export default defineRule({
	id: 'posts-unprotected',
	ref: 'PHO-01',
	family: 'photos',
	reads: ['postsProtected'],
	context: ['geotagPosts'],
	severity: severityFor('medium', 'critical', 'high'),
	judge({postsProtected}, context) {
		if (postsProtected.value) {
			return ok;
		}

		// PHO-01 is High for adults when a location rule fires too: public posts that carry places.
		const located = context.geotagPosts?.value === true;
		return located ? risk('public-located', {severity: severityFor('high', 'critical', 'high')}) : risk('public');
	},
	fixes: {x: xFix('settings-audience', 'H')},
	examples: {risky: [{postsProtected: known(false)}], ok: [{postsProtected: known(true)}]},
});
