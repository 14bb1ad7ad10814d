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
	title: 'Your posts and photos on X are public',
	why: 'Public posts are copied, indexed and used by scammers and by people who target teens: social media was the start of $2.7 billion in reported scam losses from 2021 to mid-2023 (FTC, 2023), and X protects the posts of known minors by default.',
	okText: 'Your posts are protected: only your followers see them.',
	judge({postsProtected}, context) {
		if (postsProtected.value) {
			return ok;
		}

		// PHO-01 is High for adults when a location rule fires too: public posts that carry places.
		const located = context.geotagPosts?.value === true;
		return risk(located ? 'Anyone can see your posts, and they carry your location' : 'Anyone can see your posts and photos',
			located ? severityFor('high', 'critical', 'high') : undefined);
	},
	fixes: {x: xFix('settings-audience', ['Audience, media and tagging'], 'Turn on "Protect your posts", then confirm.', 'H')},
	examples: {risky: [{postsProtected: known(false)}], ok: [{postsProtected: known(true)}]},
});
