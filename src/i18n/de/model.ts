import type {BioFieldId} from '../../core/model/fields.js';
import type {Catalog} from '../catalog.js';

// German for the engine's own words (field names, audiences, choices, reasons, and its global messages).
// The user is addressed as "Sie" (LinkedIn's German UI does the same; Facebook, Instagram, X and TikTok
// say "du", so their quoted labels keep it). Audience names follow Facebook's German UI (Öffentlich,
// Freunde, Freunde von Freunden: H); X's wordings come from its shipped German web client
// (DzikStar/X-SCRAPER client-web/i18n/de.js, 2025-07, H). Quoted labels take German quotation marks „…“.

export const fields: Omit<Catalog['fields'], BioFieldId> = {
	birthdayDayMonth: 'Geburtstag (Tag und Monat)',
	birthdayYear: 'Geburtsjahr',
	currentCity: 'Aktueller Wohnort',
	hometown: 'Heimatstadt',
	address: 'Wohnadresse',
	phone: 'Telefonnummer',
	email: 'E-Mail-Adresse',
	phoneOnAccount: 'Telefonnummer in Ihrem Konto',
	emailOnAccount: 'E-Mail-Adresse in Ihrem Konto',
	futurePostsAudience: 'Wer Ihre zukünftigen Beiträge sehen kann',
	friendsListAudience: 'Wer Ihre Freundesliste sehen kann',
	lookupByEmailAudience: 'Wer Sie über Ihre E-Mail-Adresse finden kann',
	lookupByPhoneAudience: 'Wer Sie über Ihre Telefonnummer finden kann',
	friendRequestsAudience: 'Wer Ihnen Freundschaftsanfragen senden kann',
	searchEngineLinking: 'Suchmaschinen außerhalb der Website verlinken auf Ihr Profil',
	taggedPostsAudience: 'Wer Beiträge sehen kann, in denen Sie markiert sind',
	reviewTaggedPosts: 'Beiträge prüfen, in denen Sie markiert sind',
	reviewTagsOnOwnPosts: 'Markierungen prüfen, die andere Ihren Beiträgen hinzufügen',
	activeAppCount: 'Aktive Apps und Websites',
	postsProtected: 'Geschützte Posts (nur für Ihre Follower)',
	photoTagging: 'Wer Sie auf Fotos markieren kann',
	geotagPosts: 'Standort in Ihren Posts',
	findableByEmail: 'Wer Ihre E-Mail-Adresse hat, kann Sie finden',
	findableByPhone: 'Wer Ihre Telefonnummer hat, kann Sie finden',
	messageRequestsFrom: 'Wer Ihnen Nachrichtenanfragen senden kann',
	businessPartnerSharing: 'Zusätzlicher Datenaustausch mit Geschäftspartnern',
	personalizedAds: 'Personalisierte Anzeigen',
	aiTrainingAllowed: 'Ihre Daten trainieren die KI-Modelle der Website',
	inferredIdentity: 'X personalisiert anhand Ihrer abgeleiteten Identität',
	birthdateOnProfile: 'Eine Zeile mit Ihrem Geburtsdatum („Geboren am …“) im Profil',
	connectionsVisible: 'Ihre Kontakte können Ihre Kontaktliste sehen',
	adsBeyondLinkedIn: 'Ihre LinkedIn-Daten für Anzeigen auf anderen Websites',
	adsInferredLocation: 'Ihr für Werbung abgeleiteter Standort',
	adsByAge: 'Ihr Alter für gezielte Werbung genutzt',
	adsByGender: 'Ihr Geschlecht für gezielte Werbung genutzt',
	adsByInterests: 'Aus Ihrer Aktivität abgeleitete Interessen für Werbung genutzt',
	adsFromBusinessInteractions: 'Was Unternehmen über Sie wissen, für Werbung genutzt',
	adsConversionTracking: 'Ihre Aktionen auf Websites von Werbetreibenden mit deren Anzeigen verknüpft',
	researchDataSharing: 'Ihre Daten mit externen Forschenden geteilt',
	locationRecommendations: 'Empfehlungen nach Ihrem ungefähren Standort',
	onlineStatusShown: 'Ihr Online-Status, für andere sichtbar',
	privateMessagesFrom: 'Wer Ihnen private Nachrichten senden kann',
	followersAllowed: 'Andere können Ihnen folgen',
	profileContentPublic: 'Alle Ihre Beiträge und Kommentare, auf Ihrem Profil sichtbar',
	activeCommunitiesShown: 'Die Communitys, in denen Sie aktiv sind, auf Ihrem Profil',
	profileDiscoverable: 'Ihr Profil, zum Entdecken gelistet (Nutzerliste, r/all)',
	accountPrivate: 'Privates Konto (nur Follower, die Sie bestätigen, sehen Ihre Beiträge)',
	accountSuggestions: 'Ihr Konto wird auf anderen Profilen vorgeschlagen',
	mentionsFrom: 'Wer Sie erwähnen kann',
	birthdayOnAccount: 'Ein Geburtstag in Ihrem Konto',
	// TikTok: "Duett" is TikTok's German name for Duet, "Stitch" stays as it is (M).
	followingListAudience: 'Wer die Konten sehen kann, denen Sie folgen',
	likedVideosPublic: 'Andere sehen die Videos, die Ihnen gefallen haben (Favoriten)',
	commentsAudience: 'Wer Ihre Beiträge kommentieren kann',
	duetAudience: 'Wer mit Ihren Beiträgen ein Duett machen kann',
	stitchAudience: 'Wer Ihre Beiträge für einen Stitch nutzen kann',
	downloadsAllowed: 'Andere können Ihre Videos herunterladen',
	accountUnder18: 'Die Website behandelt das Konto als das einer minderjährigen Person',
	gender: 'Geschlecht',
	workAddress: 'Arbeitsadresse',
	locationHistory: 'Zeitachse (Standortverlauf) speichert, wo Sie waren',
	webAppActivity: '„Web- & App-Aktivitäten“ speichert Ihre Suchen und Aktivitäten',
	liveLocationShares: 'Personen, die sehen, wo Sie gerade sind',
	sharedEndorsements: 'Ihr Name, Foto und Ihre Aktivität in Anzeigen (gemeinsame Empfehlungen)',
	profilePageAudience: 'Wer Ihre Profilseite sehen kann',
	activitiesAudience: 'Wer Ihre neuen Aktivitäten sehen kann',
	groupActivitiesAudience: 'Wer Sie in Gruppenaktivitäten sehen kann',
	hideStartEndAtAddresses: 'Start und Ziel an gewählten Adressen verborgen',
	hideStartEndEverywhere: 'Start und Ziel jeder Aktivität verborgen',
	hideActivityMaps: 'Aktivitätskarten verborgen',
	aggregatedDataContribution: 'Ihre Aktivitäten in Heatmaps und anderen aggregierten Daten',
	flybyAudience: 'Wer Sie in Flybys sehen kann',
	localLegendsAudience: 'Wer Sie als Local Legend sehen kann',
	mentionsAudience: 'Wer Sie erwähnen kann',
	profileLocationSet: 'Ein Ort in Ihrem Profil',
	savedPlaylistsPublic: 'Ihre gespeicherten Playlists werden auf Ihrem Kanal angezeigt',
	channelCountry: 'Ein Land unter „Kanalinfo“ Ihres Kanals',
	channelLinkCount: 'Links unter „Kanalinfo“ Ihres Kanals',
	// App-only settings (guided questions): the apps' German words where known (src/i18n/de/questions.ts
	// says how sure), otherwise plain descriptions.
	'tiktokApp.directMessages': 'Wer Ihnen auf TikTok Direktnachrichten senden kann',
	'tiktokApp.suggestAccount': 'TikTok schlägt Ihr Konto anderen vor',
	'tiktokApp.locationServices': 'Standortdienste von TikTok',
	'snapchatApp.contactMe': 'Wer Sie auf Snapchat kontaktieren kann',
	'snapchatApp.viewMyStory': 'Wer Ihre Snapchat-Story sehen kann',
	'snapchatApp.quickAdd': 'Sie werden bei Snapchat in „Quick Add“ angezeigt',
	'snapchatApp.ghostMode': 'Geistmodus auf der Snap Map (Standort verborgen)',
	'instagramApp.mapSharing': 'Wer Ihren Standort auf der Instagram-Karte sieht',
	'instagramApp.messageRequests': 'Nachrichtenanfragen von anderen auf Instagram',
	'instagramApp.activityStatus': 'Instagram zeigt Ihren Aktivitätsstatus',
	'venmoApp.defaultPrivacy': 'Wer Ihre neuen Venmo-Zahlungen sieht',
	'venmoApp.friendsList': 'Wer Ihre Venmo-Freundesliste sieht',
};

// What the user's own bio mentions, by kind (src/core/model/fields.ts bioFieldIds), merged into `fields` in index.ts.
export const bioFields: Pick<Catalog['fields'], BioFieldId> = {
	bioPhone: 'Eine Telefonnummer in Ihrer Bio',
	bioEmail: 'Eine E-Mail-Adresse in Ihrer Bio',
	bioFullDate: 'Ein vollständiges Datum (mit Jahr) in Ihrer Bio',
	bioAddress: 'Eine Anschrift (Straße und Hausnummer) in Ihrer Bio',
	bioAge: 'Ihr Alter oder Ihre Klassenstufe in Ihrer Bio',
	bioSchool: 'Der Name einer Schule in Ihrer Bio',
};

export const audiences: Catalog['audiences'] = {
	name: {
		public: 'Öffentlich',
		'friends-of-friends': 'Freunde von Freunden',
		friends: 'Freunde',
		custom: 'eine benutzerdefinierte Liste',
		'only-me': 'Nur Sie',
	},
	// An audience after "sichtbar für" or "auffindbar für" (accusative): "alle (Öffentlich)", "Ihre Freunde".
	fuer: {
		public: 'alle (Öffentlich)',
		'friends-of-friends': 'Freunde Ihrer Freunde',
		friends: 'Ihre Freunde',
		custom: 'eine benutzerdefinierte Liste',
		'only-me': 'nur Sie',
	},
};

// Values a page shows for who may tag you or send you message requests, as the popup's "what changed" names them.
export const choices: Catalog['choices'] = {
	anyone: 'alle',
	following: 'Personen, denen Sie folgen',
	off: 'aus',
	everyone: 'alle',
	verified: 'verifizierte Nutzer',
	'no-one': 'niemand',
};

// The end of "Nicht prüfbar: …" (a full sentence after the colon, so it starts with a capital).
export const reasons: Catalog['reasons'] = {
	'element-missing': 'Die Seite hat das nicht angezeigt, oder ihr Aufbau hat sich geändert',
	'unrecognized-value': 'Die Seite hat einen Wert angezeigt, den Overshare nicht kennt',
	'language-unsupported': 'Die Seite ist in einer Sprache, die Overshare noch nicht lesen kann',
	'page-not-visited': 'Öffnen Sie die Seite, die diese Einstellung anzeigt',
	'not-own-profile': 'Das ist nicht Ihr eigenes Profil',
	'account-unconfirmed': 'Die Seite hat nicht angezeigt, welches Konto angemeldet ist',
	'logged-out': 'Sie sind nicht angemeldet',
	'page-not-ready': 'Die Seite wurde nicht fertig geladen',
	'not-answered': 'Nur die App zeigt das an: Beantworten Sie unten die Frage dazu',
	'not-sure': 'Sie waren sich bei dieser App-Einstellung nicht sicher: Sehen Sie in der App nach und antworten Sie dann erneut',
	'not-in-download': 'dieser Download enthält die Datei nicht, die es verraten würde (vielleicht wurde sie beim Anfordern nicht ausgewählt)',
	'file-damaged': 'die Datei im Download ist beschädigt oder unvollständig',
	'format-unknown': 'die Datei im Download liegt in einer Version vor, die Overshare noch nicht kennt',
	'file-too-large': 'die Datei im Download ist größer, als Overshare liest, oder wie eine Zip-Bombe gepackt',
};

export const messages: Catalog['messages'] = {
	'couldnt-check': 'Nicht prüfbar: {reason}.',
	'couldnt-check-on': 'Auf {site} nicht prüfbar: {reason}.',
	// "In der {app}-App beheben" (messages.json fixInApp) and a fix's place in the report.
	'in-app': '{app}-App',
	'download-not-a-zip': 'Diese Datei ist kein Zip, das Overshare öffnen kann: Sie ist vielleicht beschädigt oder unvollständig. Laden Sie sie erneut von der Plattform herunter.',
	'download-not-recognised': 'Das ist kein Datendownload, den Overshare kennt (Google Takeout oder der Zeitachsen-Export des Smartphones, X, Facebook, Instagram, TikTok, LinkedIn oder Snapchat).',
	'download-too-many-files': 'Dieses Archiv listet mehr Dateien auf als jeder Datendownload, daher hat Overshare es nicht gelesen.',
	'download-unreadable': 'Overshare konnte diese Datei nicht zu Ende lesen: Sie wurde während des Lesens vielleicht verschoben, geändert oder gelöscht. Wählen Sie sie noch einmal aus.',
};

export const list: Catalog['list'] = {between: ', ', last: ' und '};
