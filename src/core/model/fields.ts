import {audiences, type Audience} from './audience.js';
import type {Observed} from './observed.js';
import {appChoices, isAppChoiceKind, type AppChoiceKinds} from './app-choices.js';

/** A detail on the profile: on it (with the audience in `Known.audience`), or not filled in. */
export type ProfileDetail = 'shown' | 'not-set';

/** X photo tagging, as its row description says (platform-pages.md §1.2: all | following | none). */
export type TaggingChoice = 'anyone' | 'following' | 'off';
/** X "Allow message requests from:" (platform-pages.md §1.2: all | verified | following, shown as "No one"). */
export type MessageRequestChoice = 'everyone' | 'verified' | 'no-one';
const choices = {tagging: ['anyone', 'following', 'off'], messageRequests: ['everyone', 'verified', 'no-one']} as const;

type ValueKinds = {
	detail: ProfileDetail; audience: Audience; boolean: boolean; count: number;
	tagging: TaggingChoice; messageRequests: MessageRequestChoice;
} & AppChoiceKinds;
type ValueKind = keyof ValueKinds;

/**
 * Every fact any site adapter can read, with the kind of value it holds. Add a field here
 * first; sites and rules refer to it by name. Values are findings, never the user's data:
 * "phone shown to Public", not the number.
 */
const fieldKinds = {
	birthdayDayMonth: 'detail',
	birthdayYear: 'detail',
	currentCity: 'detail',
	hometown: 'detail',
	address: 'detail',
	phone: 'detail',
	email: 'detail',
	phoneOnAccount: 'boolean',
	emailOnAccount: 'boolean',
	futurePostsAudience: 'audience',
	friendsListAudience: 'audience',
	lookupByEmailAudience: 'audience',
	lookupByPhoneAudience: 'audience',
	friendRequestsAudience: 'audience',
	searchEngineLinking: 'boolean',
	taggedPostsAudience: 'audience',
	reviewTaggedPosts: 'boolean',
	reviewTagsOnOwnPosts: 'boolean',
	activeAppCount: 'count',
	// X (platform-pages.md §1): its switches are yes/no, not audiences, so they have their own fields.
	postsProtected: 'boolean',
	photoTagging: 'tagging',
	geotagPosts: 'boolean',
	findableByEmail: 'boolean',
	findableByPhone: 'boolean',
	messageRequestsFrom: 'messageRequests',
	businessPartnerSharing: 'boolean',
	personalizedAds: 'boolean',
	aiTrainingAllowed: 'boolean',
	inferredIdentity: 'boolean',
	// X profile header (platform-pages.md §1.3): a "Born …" line is shown; never the date.
	birthdateOnProfile: 'detail',
	// LinkedIn (platform-pages-2.md §4): On/Off rows and switches.
	connectionsVisible: 'boolean',
	adsBeyondLinkedIn: 'boolean',
	// LinkedIn › Advertising data › "Inferred location" (platform-pages-3.md §5.3): ads by where your IP address says you are.
	adsInferredLocation: 'boolean',
	// LinkedIn's other data switches (platform-pages-3.md §5.3, one page each): ads by age, by gender, by
	// inferred interests, from businesses' data about you, from your actions on advertisers' sites; research.
	adsByAge: 'boolean',
	adsByGender: 'boolean',
	adsByInterests: 'boolean',
	adsFromBusinessInteractions: 'boolean',
	adsConversionTracking: 'boolean',
	researchDataSharing: 'boolean',
	// Reddit (platform-pages-3.md §4.2): Settings › Privacy and Settings › Profile switches and choices.
	locationRecommendations: 'boolean',
	onlineStatusShown: 'boolean',
	privateMessagesFrom: 'messageRequests',
	followersAllowed: 'boolean',
	profileContentPublic: 'boolean',
	activeCommunitiesShown: 'boolean',
	profileDiscoverable: 'boolean',
	// Instagram (platform-pages-2.md §2): on/off switches.
	accountPrivate: 'boolean',
	accountSuggestions: 'boolean',
	// Instagram Tags and mentions (platform-pages-2.md §2.4): "Allow mentions from", the same three choices as tags.
	mentionsFrom: 'tagging',
	// Instagram Accounts Center › Personal details: a birthday is on the account (never the date).
	birthdayOnAccount: 'boolean',
	// TikTok (platform-pages-2.md §3.4): the profile's embedded settings; audiences are Everyone
	// (public), Friends (mutual followers: friends) and Only you / Off (only-me).
	followingListAudience: 'audience',
	likedVideosPublic: 'boolean',
	commentsAudience: 'audience',
	duetAudience: 'audience',
	stitchAudience: 'audience',
	downloadsAllowed: 'boolean',
	// TikTok's own flag that the account belongs to someone under 18 (`isUnderAge18`, platform-pages.md §4.2); never the birthdate.
	accountUnder18: 'boolean',
	// Google Account (platform-pages-3.md §2): About me's gender and work address, with who sees them
	// ("Only you" / "Anyone"); Timeline (Location History) and Web & App Activity on or off; how many
	// people see your live location (never who); shared endorsements in ads on or off.
	gender: 'detail',
	workAddress: 'detail',
	locationHistory: 'boolean',
	webAppActivity: 'boolean',
	liveLocationShares: 'count',
	sharedEndorsements: 'boolean',
	// Strava › Settings › Privacy Controls (platform-pages-3.md §1.2): Everyone (public), Followers
	// (friends), Only You / No One (only-me); Map Visibility and Aggregated Data Usage are yes/no.
	profilePageAudience: 'audience',
	activitiesAudience: 'audience',
	groupActivitiesAudience: 'audience',
	hideStartEndAtAddresses: 'boolean',
	hideStartEndEverywhere: 'boolean',
	hideActivityMaps: 'boolean',
	aggregatedDataContribution: 'boolean',
	flybyAudience: 'audience',
	localLegendsAudience: 'audience',
	mentionsAudience: 'audience',
	// Strava athlete page: a location is set on your profile (`display_location`, §1.3); never the place.
	profileLocationSet: 'boolean',
	// YouTube (platform-pages-3.md §3.3): "Keep all my saved playlists private" off; your channel's About
	// shows a country (never which), and how many links it lists (never where they go).
	savedPlaylistsPublic: 'boolean',
	channelCountry: 'detail',
	channelLinkCount: 'count',
	// What the user's own bio / intro / about text mentions, by kind (src/core/bio/scan-bio.ts); never the text.
	bioPhone: 'detail',
	bioEmail: 'detail',
	bioFullDate: 'detail',
	bioAddress: 'detail',
	bioAge: 'detail',
	bioSchool: 'detail',
	// App-only settings, answered by the user through guided questions (src/core/questions); prefixed by app.
	'tiktokApp.directMessages': 'tiktokDirectMessages',
	'tiktokApp.suggestAccount': 'boolean',
	'tiktokApp.locationServices': 'boolean',
	'snapchatApp.contactMe': 'snapchatContactMe',
	'snapchatApp.viewMyStory': 'snapchatStory',
	'snapchatApp.quickAdd': 'boolean',
	'snapchatApp.ghostMode': 'boolean',
	'instagramApp.mapSharing': 'instagramMapSharing',
	'instagramApp.messageRequests': 'instagramMessageRequests',
	'instagramApp.activityStatus': 'boolean',
	'venmoApp.defaultPrivacy': 'venmoAudience',
	'venmoApp.friendsList': 'venmoAudience',
} as const satisfies Record<string, ValueKind>;

export type FieldId = keyof typeof fieldKinds;
export type Fields = {[F in FieldId]: ValueKinds[(typeof fieldKinds)[F]]};
export type Observations = {[F in FieldId]?: Observed<Fields[F]>};

// Pure, so a bundle that does not use the list leaves the whole table out (a content script needs only
// bioFieldIds; esbuild cannot tell that Object.keys has no side effect): 1 KB gzipped per site's bundle.
export const fieldIds = /* @__PURE__ */ Object.keys(fieldKinds) as FieldId[];

/** The fields a page's bio reader fills, after the background has scanned the text. */
export const bioFieldIds = ['bioPhone', 'bioEmail', 'bioFullDate', 'bioAddress', 'bioAge', 'bioSchool'] as const satisfies readonly FieldId[];
export type BioFieldId = (typeof bioFieldIds)[number];
export const isFieldId = (name: unknown): name is FieldId => typeof name === 'string' && Object.hasOwn(fieldKinds, name);

/** Runtime check of a value against its field's kind: messages are validated with it. */
export function isValidValue(field: FieldId, value: unknown): boolean {
	const kind: string = fieldKinds[field];
	if (isAppChoiceKind(kind)) {
		return (appChoices[kind] as readonly unknown[]).includes(value);
	}

	switch (fieldKinds[field] as Exclude<ValueKind, keyof AppChoiceKinds>) {
		case 'detail': return value === 'shown' || value === 'not-set';
		case 'audience': return (audiences as readonly unknown[]).includes(value);
		case 'boolean': return typeof value === 'boolean';
		case 'count': return Number.isInteger(value) && (value as number) >= 0 && (value as number) < 100_000;
		case 'tagging': return (choices.tagging as readonly unknown[]).includes(value);
		case 'messageRequests': return (choices.messageRequests as readonly unknown[]).includes(value);
	}
}

