import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {currentAthlete, field} from './current-athlete.js';

/**
 * Whether a location is set on your profile: `display_location` in CurrentAthlete (platform-pages-3.md
 * §1.3, H for the key, 2016–25), a string, empty when none is set. Only yes/no leaves this function:
 * never the place, and `geo` (with `lat_lng`, the viewer's home) is never touched.
 */
export function profileLocationSet(context: PageContext): Observed<boolean> {
	const location = field(context.memo('strava:athlete', () => currentAthlete(context.document)), 'display_location');
	if (location === null) {
		return known(false);
	}

	return typeof location === 'string' ? known(location.trim() !== '') : unknown('element-missing');
}
