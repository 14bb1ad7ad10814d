import type {ProfileDetail} from '../../../src/core/model/fields.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {BioReader, PageContext} from '../../define-site-readers.js';
import {noteControl} from '../../dom/find-row.js';
import {findLabelled} from '../../find-labelled.js';
import {aboutViewModel} from './channel-header.js';
import {field, initialData, textOf, type JsonObject} from './initial-data.js';

type Reader<T> = (context: PageContext) => Observed<T>;

/** A value read, with "Customize channel" rung for it. */
const ringing = <T>(context: PageContext, observed: Observed<T>): Observed<T> => {
	if (observed.state === 'known') {
		ringCustomize(context);
	}

	return observed;
};

/**
 * The channel's About panel, parsed once per reading (channel-header.ts: exactly one, naming this
 * channel). Nothing on it is changed on this page: "Show me" rings "Customize channel", where every
 * fix here starts (the steps go on in YouTube Studio).
 */
const about = (context: PageContext): JsonObject | undefined => context.memo('youtube:about', () => {
	const data = initialData(context.document);
	return data ? aboutViewModel(data) : undefined;
});

function ringCustomize(context: PageContext): void {
	const button = findLabelled(context, 'customizeChannel')[0];
	const control = button?.closest('a[href], button, [role="button"], [role="link"]');
	if (control) {
		noteControl(control);
	}
}

/**
 * `country` (platform-pages-3.md §3.3, H, 2024–26; §3.5: public when set). The panel leaves it out
 * when no country is set; a country in a shape we do not know is unrecognised. Only "shown" is kept,
 * never which country.
 */
export const channelCountry: Reader<ProfileDetail> = context => ringing(context, countryOf(context));

const countryOf: Reader<ProfileDetail> = context => {
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
export const channelLinkCount: Reader<number> = context => ringing(context, linkCountOf(context));

const linkCountOf: Reader<number> = context => {
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
export const channelEmail: Reader<ProfileDetail> = context => ringing(context, emailOf(context));

const emailOf: Reader<ProfileDetail> = context => {
	const panel = about(context);
	if (!panel) {
		return unknown('element-missing');
	}

	const keys = ['signInForBusinessEmail', 'onBusinessEmailRevealClickCommand', 'businessEmailRevealButton'];
	return keys.some(key => Object.hasOwn(panel, key)) ? known('shown', 'public') : unknown('element-missing');
};

/** The channel description, public on the About panel (§3.3, H): scanned for kinds in the background, never stored. */
export const channelDescription: BioReader = context => ringing(context, descriptionOf(context));

const descriptionOf: BioReader = context => {
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
