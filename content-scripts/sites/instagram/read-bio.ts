import {known, unknown} from '../../../src/core/model/observed.js';
import type {BioReader} from '../../define-site-readers.js';
import {noteControl} from '../../dom/find-row.js';

/**
 * The bio in Edit profile (platform-pages-2.md §2.3: `textarea#pepBio`, also `textarea[aria-label="Bio"]`,
 * H, 2019–26), read from the live `.value`. Counted as public: Instagram shows the profile header even
 * on a private account (§2.2 help text: "certain info on your profile … is visible to everyone"; that
 * the bio is part of it is general knowledge, L). The text only travels to the background to be scanned.
 */
export const profileBio: BioReader = context => {
	const fields = [...context.root.querySelectorAll('textarea#pepBio, textarea[aria-label="Bio"]')];
	const field = fields.length >= 1 && fields.every(other => other === fields[0]) ? fields[0] as HTMLTextAreaElement : undefined;
	if (!field) {
		return unknown('element-missing');
	}

	// "Show me" rings the bio: what it mentions is taken out there.
	noteControl(field);
	return known(field.value, 'public');
};
