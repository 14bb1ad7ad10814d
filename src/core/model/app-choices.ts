/**
 * Value sets of settings that only the phone apps show, answered through guided questions
 * (src/core/questions). Each value stands for one option label the app shows; the labels themselves
 * live with the questions. Kept apart from fields.ts so the app kinds are added in one place.
 */
export const appChoices = {
	/** TikTok Privacy › Direct messages (risks-and-settings.md (b) TikTok). */
	tiktokDirectMessages: ['everyone', 'suggested-friends', 'friends', 'no-one'],
	/** Snapchat Privacy Controls › Contact Me. */
	snapchatContactMe: ['everyone', 'friends', 'friends-and-contacts'],
	/** Snapchat Privacy Controls › View My Story. */
	snapchatStory: ['everyone', 'friends', 'custom'],
	/** Instagram Map › Location sharing. */
	instagramMapSharing: ['friends', 'close-friends', 'only-these-friends', 'no-one'],
	/** Instagram Messages and story replies › Message requests, for "Others on Instagram". */
	instagramMessageRequests: ['requests', 'dont-receive'],
	/** Venmo Privacy: default privacy setting and friends list. */
	venmoAudience: ['public', 'friends', 'private'],
} as const;

export type AppChoiceKind = keyof typeof appChoices;
export type AppChoiceKinds = {[K in AppChoiceKind]: (typeof appChoices)[K][number]};

export const isAppChoiceKind = (kind: string): kind is AppChoiceKind => Object.hasOwn(appChoices, kind);
