import type {Identity} from '../../../src/core/model/page-reading.js';
import type {PageOwner} from '../../../src/core/sites/define-site.js';
import {currentAthlete, viewerOf} from './current-athlete.js';

/** The id in `/athletes/<id>`, or undefined on any other path. */
function pathAthleteId(document: Document): string | undefined {
	return /^\/athletes\/(\d+)\/?$/.exec(document.location?.pathname ?? '')?.[1];
}

/**
 * Who is signed in and whose page this is (platform-pages-3.md §1.3): `logged_in:false` is signed out;
 * signed in, settings pages only ever show the viewer's own account, and an athlete page is the
 * viewer's own only when its path id is the viewer's `id` (inference, L: no DOM marker of one's own
 * profile is known). The path is read live, so in-app navigation cannot make an old answer stick.
 * Missing, duplicated or odd data → unsure, which is never read as one's own.
 */
export function identifyStrava(document: Document, owner: PageOwner): Identity {
	const viewer = viewerOf(currentAthlete(document));
	if (viewer === undefined) {
		return 'unsure';
	}

	if (viewer === 'signed-out') {
		return 'logged-out';
	}

	if (owner === 'account') {
		return 'own';
	}

	const shown = pathAthleteId(document);
	return shown !== undefined && shown === String(viewer.id) ? 'own' : 'other';
}
