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
	title: 'Anyone can tag you in photos',
	why: 'Anyone can attach your name to photos you never approved; child-safety guides (Internet Matters) advise limiting photo tagging, and Instagram teen accounts only allow tags from people they follow (Meta, 2024).',
	okText: 'Photo tagging is off or limited to people you follow.',
	judge: ({photoTagging}, {reviewTaggedPosts}) => {
		if (photoTagging.value !== 'anyone') {
			return ok;
		}

		return reviewTaggedPosts?.value === true
			? risk('Anyone can tag you in photos; the tags wait for your approval before they show on your profile', severityFor('low', 'medium'))
			: risk('Anyone can tag you in photos');
	},
	fixes: {
		x: xFix('settings-audience', ['Audience, media and tagging', 'Photo tagging'], 'Choose "Only people you follow can tag you", or turn photo tagging off.'),
		// platform-pages-2.md §2.1 and §2.4 (path and labels L–M, 2025–26).
		instagram: instagramFix('tags-and-mentions', [
			'Open More (☰) › Settings.',
			'Open "Tags and mentions".',
			'Under "Allow tags from", choose "People you follow" (or "Don\'t allow tags").',
			'Turn on "Manually approve tags".',
		], '2026-01', 'L'),
	},
	examples: {
		risky: [{photoTagging: known('anyone')}],
		ok: [{photoTagging: known('following')}, {photoTagging: known('off')}],
	},
});
