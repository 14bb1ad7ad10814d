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
	title: 'X can add your location to your posts',
	why: 'Location tags on posts let strangers work out where you live and when you are away ("cybercasing", Friedland and Sommer, 2010).',
	okText: 'Location information is not added to your posts.',
	judge: ({geotagPosts}) => (geotagPosts.value ? risk('"Add location information to your posts" is on') : ok),
	fixes: {x: xFix('settings-location', ['Your posts', 'Location information', 'Add location information to your posts'],
		'Turn it off, and use "Remove all location information attached to your posts".')},
	examples: {risky: [{geotagPosts: known(true)}], ok: [{geotagPosts: known(false)}]},
});
