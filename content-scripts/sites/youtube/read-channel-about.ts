import type {ProfileDetail} from '../../../src/core/model/fields.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {BioReader, PageContext} from '../../define-site-readers.js';
import {aboutViewModel} from './channel-header.js';
import {field, initialData, textOf, type JsonObject} from './initial-data.js';

type Reader<T> = (context: PageContext) => Observed<T>;

/** The channel's About panel, parsed once per reading (channel-header.ts: exactly one, naming this channel). */
const about = (context: PageContext): JsonObject | undefined => context.memo('youtube:about', () => {
	const data = initialData(context.document);
	return data ? aboutViewModel(data) : undefined;
});

/**
 * `country` (platform-pages-3.md §3.3, H, 2024–26; §3.5: public when set). The panel leaves it out
 * when no country is set; a country in a shape we do not know is unrecognised. Only "shown" is kept,
 * never which country.
 */
export const channelCountry: Reader<ProfileDetail> = context => {
	const panel = about(context);
	if (!panel) {
		return unknown('element-missing');
	}

	if (!Object.hasOwn(panel, 'country')) {
		return known('not-set');
	}

	const country = textOf(field(panel, 'country'));
	return country === undefined ? unknown('unrecognized-value') : known(country.trim() === '' ? 'not-set' : 'shown', 'public');
};

/** `links[].channelExternalLinkViewModel` (§3.3, H): how many links the channel lists, never where they go. */
export const channelLinkCount: Reader<number> = context => {
	const panel = about(context);
	if (!panel) {
		return unknown('element-missing');
	}

	const links = Object.hasOwn(panel, 'links') ? field(panel, 'links') : [];
	if (!Array.isArray(links) || links.some(link => field(link, 'channelExternalLinkViewModel') === undefined)) {
		return unknown('unrecognized-value');
	}

	return known(links.length);
};

/**
 * A business email behind the About panel's button. The reference calls its field and gating unknown
 * (§3.3); the code corpus shows `signInForBusinessEmail` (signed-out visitors, M, several scrapers) and
 * `onBusinessEmailRevealClickCommand` / `businessEmailRevealButton` (the reveal, M–L). Any of them →
 * shown to anyone signed in to YouTube. None is not proof of no email (we do not know what an own
 * channel's panel carries then): couldn't check.
 */
export const channelEmail: Reader<ProfileDetail> = context => {
	const panel = about(context);
	if (!panel) {
		return unknown('element-missing');
	}

	const keys = ['signInForBusinessEmail', 'onBusinessEmailRevealClickCommand', 'businessEmailRevealButton'];
	return keys.some(key => Object.hasOwn(panel, key)) ? known('shown', 'public') : unknown('element-missing');
};

/** The channel description, public on the About panel (§3.3, H): scanned for kinds in the background, never stored. */
export const channelDescription: BioReader = context => {
	const panel = about(context);
	if (!panel) {
		return unknown('element-missing');
	}

	if (!Object.hasOwn(panel, 'description')) {
		return known('', 'public');
	}

	const text = textOf(field(panel, 'description'));
	return text === undefined ? unknown('unrecognized-value') : known(text, 'public');
};
