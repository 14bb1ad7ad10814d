import {at, field, findAll, isObject, type JsonObject} from './initial-data.js';

/**
 * Whose channel a page's `ytInitialData` header says this is. The reference found no tool that tells
 * (platform-pages-3.md §3.3, "unknown"); these signals are from the code corpus (M):
 * - the older `c4TabbedHeaderRenderer` carries `editChannelButtons` on the owner's own channel and a
 *   `subscribeButton` on anyone else's (three unrelated tools branch on exactly this);
 * - the current `pageHeaderViewModel` lists a `subscribeButtonViewModel` among its actions on anyone
 *   else's channel, and, signed in, only plain `buttonViewModel`s (the owner's "Customize channel",
 *   "Manage videos") on your own (one front-end, Rehike, rebuilds the old header from exactly this).
 * Own needs the owner's buttons and no subscribe button; anything else is not "own". The page must
 * agree (index.ts: a "Customize channel" control and no subscribe button).
 */
export type HeaderSays = 'own' | 'other' | 'unknown';

function olderHeader(header: JsonObject): HeaderSays {
	if (field(header, 'subscribeButton') !== undefined) {
		return 'other';
	}

	const edit = field(header, 'editChannelButtons');
	return Array.isArray(edit) && edit.length > 0 ? 'own' : 'unknown';
}

function currentHeader(viewModel: JsonObject): HeaderSays {
	const rows = at(viewModel, 'actions', 'flexibleActionsViewModel', 'actionsRows');
	if (!Array.isArray(rows)) {
		return 'unknown';
	}

	const actions = rows.flatMap(row => {
		const list = field(row, 'actions');
		return Array.isArray(list) ? list : [];
	});
	if (actions.some(action => field(action, 'subscribeButtonViewModel') !== undefined)) {
		return 'other';
	}

	return actions.some(action => isObject(field(action, 'buttonViewModel'))) ? 'own' : 'unknown';
}

/** What the header says; both models present and disagreeing is "unknown". */
export function headerSays(data: JsonObject): HeaderSays {
	const header = field(data, 'header');
	const older = field(header, 'c4TabbedHeaderRenderer');
	const current = at(header, 'pageHeaderRenderer', 'content', 'pageHeaderViewModel');
	const says = [isObject(older) ? olderHeader(older) : undefined, isObject(current) ? currentHeader(current) : undefined]
		.filter(value => value !== undefined);
	return says.length > 0 && says.every(value => value === says[0]) ? says[0]! : 'unknown';
}

/** The channel the page is about: `metadata.channelMetadataRenderer` (§3.3, M, two userscripts). */
export function channelMetadata(data: JsonObject): {id: string; vanityUrl?: string} | undefined {
	const metadata = at(data, 'metadata', 'channelMetadataRenderer');
	const id = field(metadata, 'externalId');
	const vanity = field(metadata, 'vanityChannelUrl');
	if (typeof id !== 'string' || id === '') {
		return undefined;
	}

	return typeof vanity === 'string' ? {id, vanityUrl: vanity} : {id};
}

/**
 * The About panel, `aboutChannelViewModel` (§3.3, H, 2024–26), when the data holds exactly one and it
 * names the channel the page is about.
 */
export function aboutViewModel(data: JsonObject): JsonObject | undefined {
	const found = findAll(data, 'aboutChannelViewModel');
	const channel = channelMetadata(data);
	if (!found || found.length !== 1 || !channel) {
		return undefined;
	}

	return field(found[0], 'channelId') === channel.id ? found[0] : undefined;
}
