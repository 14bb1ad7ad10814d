import type {Rule} from './define-rule.js';
import bioAddress from './bio-address.js';
import bioAgeOrSchool from './bio-age-or-school.js';
import bioEmail from './bio-email.js';
import bioFullDate from './bio-full-date.js';
import bioPhone from './bio-phone.js';
import adsBeyondLinkedIn from './ads-beyond-linkedin.js';
import linkedinAdsInferredLocation from './linkedin-ads-inferred-location.js';
import linkedinAdsByAge from './linkedin-ads-by-age.js';
import linkedinAdsByGender from './linkedin-ads-by-gender.js';
import linkedinAdsByInterests from './linkedin-ads-by-interests.js';
import linkedinBusinessInteractions from './linkedin-business-interactions.js';
import linkedinConversionTracking from './linkedin-conversion-tracking.js';
import linkedinResearchSharing from './linkedin-research-sharing.js';
import aiTraining from './ai-training.js';
import businessPartnerSharing from './business-partner-sharing.js';
import dmRequestsFromEveryone from './dm-requests-from-everyone.js';
import findableByEmailX from './findable-by-email-x.js';
import findableByPhoneX from './findable-by-phone-x.js';
import geotagPosts from './geotag-posts.js';
import personalizedAds from './personalized-ads.js';
import photoTaggingAnyone from './photo-tagging-anyone.js';
import postsUnprotected from './posts-unprotected.js';
import publicAccount from './public-account.js';
import accountSuggestionsOn from './account-suggestions-on.js';
import addressVisible from './address-visible.js';
import birthdateAndHometown from './birthdate-and-hometown.js';
import birthdateVisible from './birthdate-visible.js';
import connectedApps from './connected-apps.js';
import connectionsVisible from './connections-visible.js';
import currentCityPublic from './current-city-public.js';
import emailVisible from './email-visible.js';
import findableByEmail from './findable-by-email.js';
import findableByPhone from './findable-by-phone.js';
import friendRequestsFromAnyone from './friend-requests-from-anyone.js';
import friendsListVisible from './friends-list-visible.js';
import futurePostsPublic from './future-posts-public.js';
import hometownPublic from './hometown-public.js';
import phoneVisible from './phone-visible.js';
import searchEngineLinking from './search-engine-linking.js';
import tagReviewOff from './tag-review-off.js';
import teenDefaultsFacebook from './teen-defaults-facebook.js';
import teenDefaultsInstagram from './teen-defaults-instagram.js';
import teenDefaultsX from './teen-defaults-x.js';
import taggedPostsVisible from './tagged-posts-visible.js';
import followingListPublic from './following-list-public.js';
import likedVideosPublic from './liked-videos-public.js';
import commentsFromEveryone from './comments-from-everyone.js';
import remixByEveryone from './remix-by-everyone.js';
import downloadsAllowed from './downloads-allowed.js';
import mentionsFromAnyone from './mentions-from-anyone.js';
import teenAgeOnAccount from './teen-age-on-account.js';
// App-only settings, answered through guided questions (src/core/questions).
import tiktokDmsFromEveryone from './tiktok-dms-from-everyone.js';
import tiktokSuggestsAccount from './tiktok-suggests-account.js';
import tiktokLocationServices from './tiktok-location-services.js';
import redditFollowersAllowed from './reddit-followers-allowed.js';
import redditProfileContentPublic from './reddit-profile-content-public.js';
import redditActiveCommunities from './reddit-active-communities.js';
import redditOnlineStatus from './reddit-online-status.js';
import redditMessagesFromEveryone from './reddit-messages-from-everyone.js';
import redditLocationRecommendations from './reddit-location-recommendations.js';
import redditProfileDiscoverable from './reddit-profile-discoverable.js';
import snapchatContactMeEveryone from './snapchat-contact-me-everyone.js';
import snapchatStoryPublic from './snapchat-story-public.js';
import snapchatQuickAdd from './snapchat-quick-add.js';
import snapMapLocation from './snap-map-location.js';
import instagramMapLocation from './instagram-map-location.js';
import instagramMessageRequests from './instagram-message-requests.js';
import instagramActivityStatus from './instagram-activity-status.js';
import venmoPublicPayments from './venmo-public-payments.js';
import venmoFriendsListPublic from './venmo-friends-list-public.js';
import inferredIdentity from './inferred-identity.js';
import birthdateLineX from './birthdate-line-x.js';
import genderVisible from './gender-visible.js';
import workAddressVisible from './work-address-visible.js';
import locationHistoryOn from './location-history-on.js';
import webAppActivityOn from './web-app-activity-on.js';
import liveLocationSharing from './live-location-sharing.js';
import sharedEndorsements from './shared-endorsements.js';
import googleTimelineTeenAge from './google-timeline-teen-age.js';
// Strava (issue 14).
import stravaActivitiesVisible from './strava-activities-visible.js';
import stravaStartEndShown from './strava-start-end-shown.js';
import stravaNoPrivacyAddress from './strava-no-privacy-address.js';
import stravaProfilePublic from './strava-profile-public.js';
import stravaFollowWithoutApproval from './strava-follow-without-approval.js';
import stravaHeatmap from './strava-heatmap.js';
import stravaFlyby from './strava-flyby.js';
import stravaGroupActivities from './strava-group-activities.js';
import stravaLocalLegends from './strava-local-legends.js';
import stravaMentions from './strava-mentions.js';
import stravaLocationOnProfile from './strava-location-on-profile.js';
import teenDefaultsStrava from './teen-defaults-strava.js';
import savedPlaylistsPublic from './saved-playlists-public.js';
import channelCountryShown from './channel-country-shown.js';
import channelLinksShown from './channel-links-shown.js';

/** Every rule, in checklist order within a severity. Adding a rule: one file, one line (a test checks it). */
export const rules: readonly Rule[] = [
	birthdateAndHometown,
	addressVisible,
	birthdateVisible,
	phoneVisible,
	futurePostsPublic,
	postsUnprotected,
	publicAccount,
	findableByPhone,
	findableByEmail,
	findableByPhoneX,
	findableByEmailX,
	geotagPosts,
	businessPartnerSharing,
	emailVisible,
	friendsListVisible,
	connectionsVisible,
	taggedPostsVisible,
	tagReviewOff,
	photoTaggingAnyone,
	connectedApps,
	hometownPublic,
	currentCityPublic,
	friendRequestsFromAnyone,
	dmRequestsFromEveryone,
	personalizedAds,
	adsBeyondLinkedIn,
	linkedinAdsInferredLocation,
	linkedinAdsByAge,
	linkedinAdsByGender,
	linkedinAdsByInterests,
	linkedinBusinessInteractions,
	linkedinConversionTracking,
	linkedinResearchSharing,
	aiTraining,
	searchEngineLinking,
	accountSuggestionsOn,
	followingListPublic,
	remixByEveryone,
	downloadsAllowed,
	commentsFromEveryone,
	likedVideosPublic,
	savedPlaylistsPublic,
	channelLinksShown,
	channelCountryShown,
	bioAddress,
	bioPhone,
	bioAgeOrSchool,
	bioFullDate,
	bioEmail,
	teenDefaultsInstagram,
	teenDefaultsX,
	teenDefaultsFacebook,
	mentionsFromAnyone,
	teenAgeOnAccount,
	redditFollowersAllowed,
	redditProfileContentPublic,
	redditActiveCommunities,
	redditOnlineStatus,
	redditMessagesFromEveryone,
	redditLocationRecommendations,
	redditProfileDiscoverable,
	// App-only settings, from the user's answers.
	tiktokDmsFromEveryone,
	tiktokSuggestsAccount,
	tiktokLocationServices,
	snapchatContactMeEveryone,
	snapchatStoryPublic,
	snapchatQuickAdd,
	snapMapLocation,
	instagramMapLocation,
	instagramMessageRequests,
	instagramActivityStatus,
	venmoPublicPayments,
	venmoFriendsListPublic,
	// X (issue 4): inferred identity, the profile's birth date line.
	inferredIdentity,
	birthdateLineX,
	// Google Account (issue 14): About me, Timeline, Web & App Activity, location sharing, shared endorsements.
	liveLocationSharing,
	workAddressVisible,
	locationHistoryOn,
	genderVisible,
	webAppActivityOn,
	sharedEndorsements,
	googleTimelineTeenAge,
	// Strava (issue 14): activity maps, start and end points, heatmap, profile and social controls.
	stravaActivitiesVisible,
	stravaStartEndShown,
	stravaNoPrivacyAddress,
	stravaProfilePublic,
	stravaFollowWithoutApproval,
	stravaHeatmap,
	stravaFlyby,
	stravaGroupActivities,
	stravaLocalLegends,
	stravaMentions,
	stravaLocationOnProfile,
	teenDefaultsStrava,
];
