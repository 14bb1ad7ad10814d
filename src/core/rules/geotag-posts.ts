import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {xFix} from './fix-steps.js';

export default defineRule({
	id: 'geotag-posts',
	ref: 'GEO-03',
	family: 'geolocation',
	reads: ['geotagPosts'],
	severity: severityFor('medium', 'high'),
	judge: ({geotagPosts}) => (geotagPosts.value ? risk('on') : ok),
	fixes: {x: xFix('settings-location')},
	examples: {risky: [{geotagPosts: known(true)}], ok: [{geotagPosts: known(false)}]},
});
