import type {Audience} from '../../../src/core/model/audience.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {defaultScope, field, profileUserOf, type JsonObject} from './universal-data.js';

type Reader<T> = (context: PageContext) => Observed<T>;

/** The profile's `userInfo.user`, parsed once per reading. */
const profileUser = (context: PageContext): JsonObject | undefined => context.memo('tiktok:user', () => {
	const scope = defaultScope(context.document);
	return scope ? profileUserOf(scope) : undefined;
});

/**
 * One setting of the profile's embedded data, mapped by strict equality: `"0"` is not `0`, and a
 * value outside the evidenced set (e.g. 2 for the `*Setting` keys, never observed) is unrecognised,
 * never rounded to a neighbour. Absent key → element-missing.
 */
export const userSetting = <T>(key: string, values: ReadonlyArray<readonly [unknown, T]>): Reader<T> => context => {
	const user = profileUser(context);
	if (!user || !Object.hasOwn(user, key)) {
		return unknown('element-missing');
	}

	const raw = field(user, key);
	const match = values.find(([value]) => value === raw);
	return match ? known(match[1]) : unknown('unrecognized-value');
};

const yesNo = [[true, true], [false, false]] as const;

/**
 * `privateAccount`, cross-checked with `secret` (§3.4: both true together in every sample, H): when
 * both are yes/no and disagree, the page is saying something we do not understand.
 */
export const privateAccount: Reader<boolean> = context => {
	const observed = userSetting('privateAccount', yesNo)(context);
	const secret = field(profileUser(context), 'secret');
	return observed.state === 'known' && typeof secret === 'boolean' && secret !== observed.value ? unknown('unrecognized-value') : observed;
};

/** `openFavorite` (§3.4, M): the liked / favourites list is public. */
export const likedVideosPublic = userSetting('openFavorite', yesNo);

/** `followingVisibility` (§3.4, M): 1 = Everyone can see the following list, 2 = Only me. */
export const followingListAudience = userSetting<Audience>('followingVisibility', [[1, 'public'], [2, 'only-me']]);

/**
 * `commentSetting` (§3.4, M): 0 = Everyone, 1 = Friends. The app's "No one" is only guessed to be 3,
 * so 3 stays unrecognised rather than reported safe.
 */
export const commentsAudience = userSetting<Audience>('commentSetting', [[0, 'public'], [1, 'friends']]);

/** `duetSetting` / `stitchSetting` (§3.4, M): 0 = Everyone, 1 = Friends, 3 = Off (No one). */
export const remixAudience = (key: 'duetSetting' | 'stitchSetting') =>
	userSetting<Audience>(key, [[0, 'public'], [1, 'friends'], [3, 'only-me']]);

/** `downloadSetting` (§3.4, M): 0 = others may download your videos, 3 = off. */
export const downloadsAllowed = userSetting('downloadSetting', [[0, true], [3, false]]);

/**
 * `isUnderAge18` (platform-pages.md §4.2, H for the key, seen by four scrapers; its meaning is read
 * from its name, M): TikTok treats the account as a minor's. Only this yes/no is kept, never a
 * birthdate (the data carries none) or any age.
 */
export const accountUnder18 = userSetting('isUnderAge18', yesNo);
