import type {Audience} from '../../../src/core/model/audience.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {YouTubeLabel} from '../../../src/core/labels/youtube/en.js';
import type {PageContext} from '../../define-site-readers.js';
import {bySelector, findRowControl, ownsControl} from '../../dom/find-row.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import {readSwitchStrictly} from '../../dom/read-switch.js';
import {findLabelled} from '../../find-labelled.js';
import {at, field, findAll, initialData, textOf, type JsonObject} from './initial-data.js';

type Reader<T> = (context: PageContext) => Observed<T>;

/** The switch keys (platform-pages-3.md §3.3, H: YouTube.js Constants in three or more copies). */
type SwitchKey = 'PRIVACY_DISCOVERABLE_SUBSCRIPTIONS' | 'PRIVACY_DISCOVERABLE_SAVED_PLAYLISTS';

const endpointKey = (renderer: JsonObject, endpoint: string): unknown =>
	at(renderer, endpoint, 'setSettingEndpoint', 'settingItemIdForClient');

/**
 * The one `settingsSwitchRenderer` whose endpoints name `key` (§3.3, H). The keys read inverted (a
 * "discoverable" key on a "Keep … private" switch, and one client sends `boolValue: false` to turn it
 * on, §3.3 caveat, M), so the state is never taken from `boolValue`: it is `enabled` on the switch whose
 * English title says "Keep all my … private". An endpoint naming another key, a title that says
 * anything else, or a non-boolean `enabled` → unrecognised.
 */
function privateAtLoad(context: PageContext, key: SwitchKey, title: YouTubeLabel): Observed<boolean> {
	const renderers = context.memo('youtube:switches', () => findAll(initialData(context.document), 'settingsSwitchRenderer'));
	if (!renderers) {
		return unknown('element-missing');
	}

	const named = renderers.filter(renderer => endpointKey(renderer, 'enableServiceEndpoint') === key || endpointKey(renderer, 'disableServiceEndpoint') === key);
	if (named.length === 0) {
		return unknown('element-missing');
	}

	const renderer = named[0]!;
	const keys = ['enableServiceEndpoint', 'disableServiceEndpoint'].map(endpoint => endpointKey(renderer, endpoint)).filter(value => value !== undefined);
	const titleText = normalizeText(textOf(field(renderer, 'title')) ?? '');
	const enabled = field(renderer, 'enabled');
	if (named.length > 1 || keys.some(value => value !== key) || !wordings(context.labels[title]).includes(titleText) || typeof enabled !== 'boolean') {
		return unknown('unrecognized-value');
	}

	return known(enabled);
}

/**
 * The rendered switch. Its DOM is not in the reference (§3.3, "unknown"): these are common ARIA forms
 * and Polymer's toggle, which reflects its state in a `checked` attribute (guess, L).
 */
const switches = '[role="switch"], [aria-pressed], [aria-checked], input[type="checkbox"], tp-yt-paper-toggle-button';

/** A switch's live state from every sign it gives (`aria-checked`, `aria-pressed`, `.checked`, the toggle's `checked`); disagreeing → undefined. */
const switchState = (control: Element): boolean | undefined =>
	readSwitchStrictly(control, {ariaPressed: true, hostChecked: {of: 'tp-yt-paper-toggle-button', absentIsOff: true}});

/** Each rendered switch's state when first read: it must agree with the data the page loaded with. */
const firstSeen = new WeakMap<Element, boolean | undefined>();

/**
 * Two signals that must agree, as the reference's unknown DOM asks: the data (key, English title,
 * `enabled`) says what the page loaded with, and the rendered switch of the same title says what it
 * is now. A click changes only the switch, so it is read first when it agrees with the data, and from
 * then on as it changes (the live tick). No rendered switch, several, or one that disagreed with the
 * data when first read → couldn't check.
 */
function keptPrivate(context: PageContext, key: SwitchKey, title: YouTubeLabel): Observed<boolean> {
	const loaded = privateAtLoad(context, key, title);
	if (loaded.state === 'unknown') {
		return loaded;
	}

	const controls = new Set<Element>();
	for (const label of findLabelled(context, title)) {
		const control = findRowControl(label, bySelector(switches));
		if (control && ownsControl(label, control)) {
			controls.add(control);
		}
	}

	if (controls.size !== 1) {
		return unknown(controls.size === 0 ? 'element-missing' : 'unrecognized-value');
	}

	const control = [...controls][0]!;
	if (!firstSeen.has(control)) {
		firstSeen.set(control, switchState(control));
	}

	const now = switchState(control);
	return firstSeen.get(control) !== loaded.value || now === undefined ? unknown('unrecognized-value') : known(now);
}

/** "Keep all my subscriptions private" off: anyone can see the channels you subscribe to (NET-01). */
export const subscriptionsAudience: Reader<Audience> = context => {
	const kept = keptPrivate(context, 'PRIVACY_DISCOVERABLE_SUBSCRIPTIONS', 'subscriptionsPrivate');
	return kept.state === 'known' ? known(kept.value ? 'only-me' : 'public') : kept;
};

/** "Keep all my saved playlists private" off: your saved playlists show on your channel. */
export const savedPlaylistsPublic: Reader<boolean> = context => {
	const kept = keptPrivate(context, 'PRIVACY_DISCOVERABLE_SAVED_PLAYLISTS', 'savedPlaylistsPrivate');
	return kept.state === 'known' ? known(!kept.value) : kept;
};
