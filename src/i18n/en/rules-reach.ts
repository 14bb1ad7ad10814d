import type {RuleTexts} from '../catalog.js';
import {facebookSteps, linkedinSteps, redditSteps, tiktokAppSteps, tiktokWebSteps, xSteps, youtubePrivacySteps} from './fix-steps.js';

const instagramSettings = 'Open More (☰) › Settings.';

// Who sees your posts and network, who can tag, find or contact you (families photos, social-graph,
// contact, interaction).
export const reachRules: Readonly<Record<string, RuleTexts>> = {
	'future-posts-public': {
		title: 'Your new posts and photos are public',
		why: 'Public photos and posts are copied, indexed and used by scammers: social media was the start of $2.7 billion in reported losses from 2021 to mid-2023 (FTC, 2023).',
		ok: 'Your new posts are shared with friends or fewer.',
		exposures: {public: 'New posts and photos are visible to Public'},
		steps: {facebook: [facebookSteps.settings, 'Open "Posts".', 'At "Who can see your future posts?", choose "Friends".', 'Optionally, use "Limit who can see past posts" too.']},
	},
	'posts-unprotected': {
		title: 'Your posts and photos on X are public',
		why: 'Public posts are copied, indexed and used by scammers and by people who target teens: social media was the start of $2.7 billion in reported scam losses from 2021 to mid-2023 (FTC, 2023), and X protects the posts of known minors by default.',
		ok: 'Your posts are protected: only your followers see them.',
		exposures: {
			public: 'Anyone can see your posts and photos',
			'public-located': 'Anyone can see your posts, and they carry your location',
		},
		steps: {x: xSteps(['Audience, media and tagging'], 'Turn on "Protect your posts", then confirm.')},
	},
	'public-account': {
		title: 'Your account is public',
		why: 'Public profiles are copied and used by scammers and by people who target teens: social media was the start of $2.7 billion in reported scam losses from 2021 to mid-2023 (FTC, 2023), and Instagram and TikTok make younger teens\' accounts private by default (Meta Teen Accounts, 2024; TikTok, 2021).',
		ok: 'Your account is private: only followers you approve see your posts.',
		exposures: {public: 'Anyone, even without an account, can see your profile and posts'},
		steps: {
			instagram: [instagramSettings, 'Open "Account privacy".', 'Turn on "Private account", then choose "Switch to private account".'],
			tiktok: tiktokWebSteps('Private account', 'Turn it on (it saves at once).'),
		},
	},
	'findable-by-phone': {
		title: 'People who have your phone number can find your profile',
		why: 'Phone look-up was how data on 533 million Facebook users was scraped and tied to their numbers (Facebook, April 2021).',
		ok: 'Only friends or you can look you up by phone number.',
		exposures: {findable: '{audience:who} can look you up by your phone number'},
		steps: {
			facebook: facebookSteps.findAndContact('Who can look you up using the phone number you provided?', 'Only me'),
			linkedin: linkedinSteps(['Visibility', 'Profile discovery using phone number'], 'Choose "Nobody" (or "1st-degree connections").'),
		},
	},
	'findable-by-email': {
		title: 'People who have your email address can find your profile',
		why: 'Email look-up de-anonymises accounts: a Twitter flaw of this kind let 5.4 million accounts be matched to their emails (Twitter disclosure, 2022).',
		ok: 'Only friends or you can look you up by email address.',
		exposures: {findable: '{audience:who} can look you up by your email address'},
		steps: {
			facebook: facebookSteps.findAndContact('Who can look you up using the email address you provided?', 'Only me'),
			linkedin: linkedinSteps(['Visibility', 'Profile discovery using email address'], 'Choose "Nobody" (or "1st-degree connections").'),
		},
	},
	'findable-by-phone-x': {
		title: 'People who have your phone number can find you on X',
		why: 'Phone look-up features were abused to tie numbers to 533 million Facebook accounts and 5.4 million Twitter accounts, which were then sold or dumped (Facebook, April 2021; Twitter, August 2022).',
		ok: 'Your phone number does not lead people to your X account.',
		exposures: {findable: 'Anyone with your phone number can find your X account'},
		steps: {x: xSteps(['Discoverability and contacts'], 'Turn off "Let people who have your phone number find you on X".')},
	},
	'findable-by-email-x': {
		title: 'People who have your email address can find you on X',
		why: 'Email look-up ties a pseudonymous account to a real address: 5.4 million Twitter accounts were matched to emails and phone numbers this way and sold (Twitter, August 2022).',
		ok: 'Your email address does not lead people to your X account.',
		exposures: {findable: 'Anyone with your email address can find your X account'},
		steps: {x: xSteps(['Discoverability and contacts'], 'Turn off "Let people who have your email address find you on X".')},
	},
	'friends-list-visible': {
		title: 'Strangers can see your friends list',
		why: 'A visible friends list maps your family and classmates; sextortionists use it to threaten exposure to "family and friends" (FBI, 2024).',
		ok: 'Your friends list is visible to friends or fewer.',
		exposures: {visible: 'Your friends list is visible to {audience}'},
		steps: {facebook: facebookSteps.findAndContact('Who can see your friends list?', 'Only me')},
	},
	'connections-visible': {
		title: 'Your connections can browse your whole LinkedIn network',
		why: 'A visible network maps your colleagues, family and classmates; sextortionists use such lists to threaten exposure to "family and friends" (FBI, 2024).',
		ok: 'Only you can see your full connections list.',
		exposures: {on: '"Who can see your connections" is on: your connections can see your list'},
		steps: {linkedin: linkedinSteps(['Visibility', 'Who can see your connections'], 'Choose "Only you" (the setting then shows "Off").')},
	},
	'tagged-posts-visible': {
		title: 'Photos others tag you in are shown to strangers on your profile',
		why: 'Your profile then shows other people\'s photos of you, and the places they were taken, to people you never chose.',
		ok: 'Posts you are tagged in are shown to friends or fewer on your profile.',
		exposures: {visible: 'Posts you\'re tagged in are visible to {audience} on your profile'},
		steps: {facebook: facebookSteps.profileAndTagging('Who can see posts you\'re tagged in on your profile?', 'Friends')},
	},
	'tag-review-off': {
		title: 'Others can tag you without your approval',
		why: 'Without review, anyone can attach your name and face to photos and places you never approved; Facebook turns review on for teens by default.',
		ok: 'You review tags before they appear.',
		exposures: {
			'tagged-posts': 'Review is off for posts you\'re tagged in',
			'own-posts': 'Review is off for tags on your posts',
			both: 'Review is off for posts you\'re tagged in and tags on your posts',
		},
		steps: {facebook: [facebookSteps.settings, 'Open "Profile and tagging".', 'Turn on "Review posts you\'re tagged in before the post appears on your profile?".', 'Turn on "Review tags people add to your posts before the tags appear on Facebook?".']},
	},
	'photo-tagging-anyone': {
		title: 'Anyone can tag you in photos',
		why: 'Anyone can attach your name to photos you never approved; child-safety guides (Internet Matters) advise limiting photo tagging, and Instagram teen accounts only allow tags from people they follow (Meta, 2024).',
		ok: 'Photo tagging is off or limited to people you follow.',
		exposures: {
			anyone: 'Anyone can tag you in photos',
			'anyone-reviewed': 'Anyone can tag you in photos; the tags wait for your approval before they show on your profile',
		},
		steps: {
			x: xSteps(['Audience, media and tagging', 'Photo tagging'], 'Choose "Only people you follow can tag you", or turn photo tagging off.'),
			instagram: [instagramSettings, 'Open "Tags and mentions".', 'Under "Allow tags from", choose "People you follow" (or "Don\'t allow tags").', 'Turn on "Manually approve tags".'],
		},
	},
	'mentions-from-anyone': {
		title: 'Anyone can mention you',
		why: 'A mention from a stranger pulls you into their posts and threads, where their followers see your name; Instagram teen accounts only allow mentions from people they follow (Meta, 2024).',
		ok: 'Only people you follow can mention you, or nobody can.',
		exposures: {anyone: 'Anyone can mention you in their posts, stories and comments'},
		steps: {instagram: [instagramSettings, 'Open "Tags and mentions".', 'Under "Allow mentions from", choose "People you follow" (or "Don\'t allow mentions").']},
	},
	'friend-requests-from-anyone': {
		title: 'Anyone can send you a friend request',
		why: 'An accepted stranger joins the "Friends" audience that most of your other settings rely on; unsolicited contact is how sextortion of teens usually starts (FBI, 2024).',
		ok: 'Only friends of friends can send you friend requests.',
		exposures: {everyone: 'Everyone can send you friend requests'},
		steps: {facebook: facebookSteps.findAndContact('Who can send you friend requests?', 'Friends of friends')},
	},
	'dm-requests-from-everyone': {
		title: 'Strangers can send you message requests',
		why: 'Unsolicited messages are how scams and sextortion start: reports of financial sextortion of minors rose 20% in a year (FBI, 2024).',
		ok: 'Strangers cannot send you message requests.',
		exposures: {
			anyone: 'Anyone can send you message requests',
			verified: 'Any verified account can send you message requests',
		},
		steps: {x: xSteps(['Direct Messages'], 'At "Allow message requests from:", choose "No one".'), reddit: redditSteps('Privacy', 'At "Who can send you chat requests", choose "Nobody".')},
	},
	'account-suggestions-on': {
		title: 'Instagram suggests your account to strangers',
		why: 'Suggestion engines show a profile to strangers through mutual connections, and Instagram and Snapchat were the most common platforms in online-enticement and sextortion reports to NCMEC (NCMEC, 2023).',
		ok: 'Your account is not suggested on other people\'s profiles.',
		exposures: {on: 'Your account can be suggested on other people\'s profiles'},
		steps: {instagram: ['Open your profile and choose "Edit profile".', 'Turn off "Show account suggestions on profiles".', 'If a "Submit" button is active, select it.']},
	},
	'following-list-public': {
		title: 'Anyone can see the accounts you follow',
		why: 'The accounts you follow map your family and classmates; sextortionists use such lists to threaten exposure to "family and friends" (FBI, 2024).',
		ok: 'Only you can see the accounts you follow.',
		exposures: {visible: 'Your following list is visible to {audience}'},
		steps: {tiktok: tiktokAppSteps('Following list', 'Choose "Only you".'), youtube: youtubePrivacySteps('Keep all my subscriptions private')},
	},
	'liked-videos-public': {
		title: 'Anyone can see the videos you liked on TikTok',
		why: 'Your liked videos show your interests and the creators and friends you watch, and TikTok shows this list only to approved followers for 13–15-year-olds (TikTok teen privacy settings).',
		ok: 'Only you can see the videos you liked.',
		exposures: {public: 'Your liked videos are visible to everyone'},
		steps: {tiktok: tiktokAppSteps('Liked videos', 'Choose "Only you".')},
	},
	'comments-from-everyone': {
		title: 'Anyone can comment on your TikTok posts',
		why: 'Open comments are an opening for harassment and grooming, and TikTok lets 13–15-year-olds choose only Friends or No one (TikTok teen privacy settings).',
		ok: 'Only friends (or no one) can comment on your posts.',
		exposures: {anyone: 'Anyone can comment on your posts'},
		steps: {tiktok: tiktokWebSteps('Comments', 'Select it and choose "Friends".')},
	},
	'remix-by-everyone': {
		title: 'Anyone can Duet or Stitch your TikTok videos',
		why: 'Duets and Stitches put your video inside a stranger\'s post, where it spreads beyond your control, and TikTok turns them off for 13–15-year-olds and limits them to Friends for 16–17-year-olds (TikTok, 2021).',
		ok: 'Only friends (or no one) can Duet or Stitch your videos.',
		exposures: {
			duet: 'Anyone can Duet your videos',
			stitch: 'Anyone can Stitch your videos',
			both: 'Anyone can Duet and Stitch your videos',
		},
		steps: {tiktok: [
			...tiktokWebSteps('Duet', 'Select it and choose "Friends".'),
			'Stitch is set in the TikTok app: Profile › ☰ › Settings and privacy › Privacy › Stitch › "Friends" or "Only you".',
		]},
	},
	'downloads-allowed': {
		title: 'Anyone can download your TikTok videos',
		why: 'A downloaded copy outlives your deleting the video and can be reposted or misused, which is why TikTok does not allow downloads of 13–15-year-olds\' videos and turns them off by default for 16–17-year-olds (TikTok, 2021).',
		ok: 'Others cannot download your videos.',
		exposures: {on: 'Anyone who can see your videos can download them'},
		steps: {tiktok: tiktokAppSteps('Downloads', 'Turn off "Video downloads".')},
	},
};
