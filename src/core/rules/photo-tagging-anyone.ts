import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {instagramFix, xFix} from './fix-steps.js';

// PHO-03 where tagging is a choice of who may tag you (X photo tagging; Instagram "Allow tags from").
// Instagram's "Manually approve tags" (`reviewTaggedPosts`) keeps tags off your profile until you
// approve them, but the tag still sits on the other person's post: a smaller risk, never ok.
export default defineRule({
	id: 'photo-tagging-anyone',
	ref: 'PHO-03',
	family: 'photos',
	reads: ['photoTagging'],
	context: ['reviewTaggedPosts'],
	severity: severityFor('medium', 'high'),
	judge: ({photoTagging}, {reviewTaggedPosts}) => {
		if (photoTagging.value !== 'anyone') {
			return ok;
		}

		return reviewTaggedPosts?.value === true
			? risk('anyone-reviewed', {severity: severityFor('low', 'medium')})
			: risk('anyone');
	},
	fixes: {
		x: xFix('settings-audience'),
		// platform-pages-2.md §2.1 and §2.4 (path and labels L–M, 2025–26).
		instagram: instagramFix('tags-and-mentions', '2026-01', 'L'),
	},
	examples: {
		risky: [{photoTagging: known('anyone')}],
		ok: [{photoTagging: known('following')}, {photoTagging: known('off')}],
	},
});
