import type {RuleTexts} from '../catalog.js';

// Strava's rules in German. Overshare reads Strava only in English (its `readIn`), so the steps quote
// the English labels the page shows, with their meaning in brackets.
const privacyControls = ['Zeigen Sie auf Ihr Profilbild (oben rechts) und wählen Sie „Settings“ (Einstellungen).', 'Öffnen Sie den Tab „Privacy Controls“ (Privatsphäre-Einstellungen).'];
const choose = (heading: string, option: string): string[] => [...privacyControls, `Wählen Sie unter „${heading}“ die Option „${option}“.`];
const mapVisibility = (action: string): string[] => [...privacyControls, 'Gehen Sie zu „Map Visibility“ (Kartensichtbarkeit).', action];

export const stravaRules: Readonly<Record<string, RuleTexts>> = {
	'strava-activities-visible': {
		title: 'Andere sehen Ihre Strava-Aktivitäten und deren Karten',
		why: 'Aktivitätskarten zeigen, wo und wann Sie laufen oder fahren; 2018 machte die Strava-Heatmap so Militärstützpunkte sichtbar. Die Einstellung gilt nur für neue Uploads: Ältere Aktivitäten behalten ihre Sichtbarkeit, bis Sie sie gesammelt ändern.',
		ok: 'Neue Aktivitäten sehen nur Sie.',
		exposures: {
			everyone: 'Neue Aktivitäten sind für alle sichtbar, auch ohne Anmeldung',
			followers: 'Neue Aktivitäten sehen Ihre Follower',
			'followers-open': 'Neue Aktivitäten gehen an Ihre Follower, und jeder kann Ihnen ohne Ihre Zustimmung folgen',
			'maps-hidden': 'Neue Aktivitäten sind für andere sichtbar; ihre Karten sind verborgen',
		},
		steps: {strava: [...choose('Activities', 'Followers'), 'Oder wählen Sie „Only You“ (nur Sie), um sie für sich zu behalten.', 'Für frühere Aktivitäten nutzen Sie „Edit Past Activities“ auf derselben Seite.']},
	},
	'strava-start-end-shown': {
		title: 'Ihre Aktivitäten zeigen, wo sie beginnen und enden',
		why: 'Viele Runden beginnen vor der Haustür: Eine Studie von 2023 ermittelte aus Startpunkten der Strava-Heatmap Wohnadressen mit 37,5 % Trefferquote (NC State, „Heat Marks the Spot“).',
		ok: 'Start und Ziel Ihrer Aktivitäten sind verborgen, oder nur Sie sehen sie.',
		exposures: {
			'not-hidden': 'Start und Ziel der Aktivitäten sind nicht verborgen',
			'addresses-only': 'Start und Ziel sind nur an den gewählten Adressen verborgen',
			'maps-hidden': 'Start und Ziel sind nicht verborgen, die Karten aber schon',
		},
		steps: {strava: mapVisibility('Aktivieren Sie „Hide the start and end points of activities no matter where they happen“ und legen Sie die Entfernung mit „Edit“ fest.')},
	},
	'strava-no-privacy-address': {
		title: 'Keine Wohn- oder Arbeitsadresse ist auf Ihren Strava-Karten verborgen',
		why: 'Eine hinzugefügte Adresse verbirgt Start und Ziel jeder Aktivität in ihrer Nähe, unabhängig von der eingestellten Entfernung; eine Studie von 2018 zeigte, dass Start- und Zielpunkte über viele Aktivitäten hinweg die Wohnung trotzdem verraten. Nutzen Sie daher beides.',
		ok: 'Starts und Ziele in der Nähe der gewählten Adressen sind verborgen.',
		exposures: {none: 'Keine Adresse verbirgt Starts und Ziele'},
		steps: {strava: mapVisibility('Aktivieren Sie „Hide the start and end points of activities that happen at a specific address“ und fügen Sie Wohnung und Arbeitsplatz hinzu.')},
	},
	'strava-profile-public': {
		title: 'Ihr Strava-Profil erscheint in Suchmaschinen',
		why: 'Mit „Everyone“ (alle) erscheint Ihr Profil in Suchergebnissen und ist auch ohne Anmeldung sichtbar: Name, Ort, Statistiken und letzte Erfolge (Strava-Hilfe).',
		ok: 'Ihr vollständiges Profil sehen nur Ihre Follower.',
		exposures: {everyone: '„Profile Page“ steht auf „Everyone“ (alle)'},
		steps: {strava: choose('Profile Page', 'Followers')},
	},
	'strava-follow-without-approval': {
		title: 'Jeder kann Ihnen auf Strava ohne Ihre Zustimmung folgen',
		why: 'Bei einem für alle offenen Profil kann Ihnen jede Sportlerin und jeder Sportler ohne Anfrage folgen, und Follower sehen alles, was Sie mit „Followers“ teilen (Strava-Hilfe).',
		ok: 'Wer Ihnen folgen will, muss vorher fragen.',
		exposures: {anyone: 'Jeder kann Ihnen folgen und sehen, was Sie mit Followern teilen'},
		steps: {strava: [...choose('Profile Page', 'Followers'), 'Prüfen Sie danach in Ihrem Profil, wer Ihnen bereits folgt.']},
	},
	'strava-heatmap': {
		title: 'Ihre Aktivitäten fließen in die Strava-Heatmaps ein',
		why: 'Aggregierte Daten speisen die öffentliche globale Heatmap und Metro; auch Aktivitäten mit „Followers“ zählen, nur „Only You“ bleibt außen vor (Strava-Support, 2023), und die Heatmap hat schon Wohnorte und Stützpunkte verraten.',
		ok: 'Ihre Aktivitäten fließen weder in Heatmaps noch in andere aggregierte Daten ein.',
		exposures: {on: '„Contribute your activity data to de-identified, aggregate data sets“ ist aktiviert'},
		steps: {strava: [...privacyControls, 'Gehen Sie zu „Aggregated Data Usage“ (Nutzung aggregierter Daten).', 'Deaktivieren Sie „Contribute your activity data to de-identified, aggregate data sets“.']},
	},
	'strava-flyby': {
		title: 'Fremde, die Ihren Weg kreuzten, können Ihre Aktivität in Flyby nachverfolgen',
		why: 'Flyby zeigt Sie allen, die in der Nähe unterwegs waren, lässt sie Ihre Aktivität öffnen, und jeder mit dem Link kann Ihre Strecke samt Zeiten abspielen (Strava-Hilfe).',
		ok: 'Sie erscheinen nicht in Flybys.',
		exposures: {on: '„Flyby“ steht auf „Everyone“ (alle)'},
		steps: {strava: choose('Flyby', 'No One')},
	},
	'strava-group-activities': {
		title: 'Alle sehen die Gruppenaktivitäten, an denen Sie teilgenommen haben',
		why: 'Die Aktivitäten anderer zeigen, wer dabei war: wo und wann Sie trainiert haben und mit wem, auch wenn Ihre eigenen Aktivitäten eingeschränkter sind.',
		ok: 'Nur Ihre Follower oder niemand sehen Sie in Gruppenaktivitäten.',
		exposures: {everyone: '„Group Activities“ steht auf „Everyone“ (alle)'},
		steps: {strava: choose('Group Activities', 'Followers')},
	},
	'strava-local-legends': {
		title: 'Alle können Sie als Local Legend sehen',
		why: 'Local Legend ist, wer ein Segment in letzter Zeit am häufigsten absolviert hat: Das verrät eine Strecke, die Sie regelmäßig nehmen, oft nahe der Wohnung; für unter 18-Jährige stellt Strava es auf „No One“ (niemand).',
		ok: 'Sie werden nicht allen als Local Legend angezeigt.',
		exposures: {everyone: '„Local Legends“ steht auf „Everyone“ (alle)'},
		steps: {strava: choose('Local Legends', 'No One')},
	},
	'strava-mentions': {
		title: 'Jeder kann Sie auf Strava erwähnen',
		why: 'Erwähnungen ziehen Sie in Aktivitäten und Kommentare von Fremden und zeigen ihnen Ihren Namen in der App.',
		ok: 'Nur Ihre Follower oder niemand können Sie erwähnen.',
		exposures: {everyone: '„Mentions“ steht auf „Everyone“ (alle)'},
		steps: {strava: choose('Mentions', 'Followers')},
	},
	'strava-location-on-profile': {
		title: 'Ihr Strava-Profil zeigt allen Ihren Ort',
		why: 'Ein Ort auf einem offenen Profil grenzt ein, wo Sie wohnen, und die Strecken Ihrer Aktivitäten erledigen den Rest.',
		ok: 'Kein offenes Profil zeigt Ihren Ort.',
		exposures: {public: 'Ihr Profil nennt einen Ort, und „Profile Page“ steht auf „Everyone“'},
		steps: {strava: [...choose('Profile Page', 'Followers'), 'Oder entfernen Sie den Ort: Settings › My Profile, Stadt, Bundesland und Land leeren, dann speichern.']},
	},
	'teen-defaults-strava': {
		title: 'Besprechen: Dieses Strava-Profil oder seine Aktivitäten sind für alle offen, obwohl Strava Jugendliche auf „Followers“ stellt',
		why: 'Strava stellt Profil und Aktivitäten von unter 18-Jährigen auf „Followers“, verbirgt die ersten und letzten 400 m jeder Aktivität und nimmt sie aus den Heatmaps; „Everyone“ heißt, dass das geöffnet wurde oder das Geburtsdatum 18 oder älter ergibt.',
		ok: 'Profil und Aktivitäten bleiben bei den Followern, wie Strava sie für unter 18-Jährige einstellt.',
		exposures: {loosened: 'Wurde gemeinsam vereinbart, Profil oder Aktivitäten zu öffnen? Wenn das Geburtsdatum im Konto 18 oder älter ergibt, behandelt Strava es als Konto einer erwachsenen Person'},
		steps: {strava: [...choose('Profile Page', 'Followers'), 'Wählen Sie unter „Activities“ „Followers“ oder „Only You“.', 'Ist das Alter falsch, korrigieren Sie den Geburtstag unter Settings › My Profile.']},
	},
};
