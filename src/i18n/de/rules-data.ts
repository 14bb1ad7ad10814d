import type {RuleTexts} from '../catalog.js';
import {facebookSteps, linkedinSteps, redditSteps, xSteps} from './fix-steps.js';

// Where your data goes: location on posts, apps, search engines, ads, data sharing, AI training
// (families geolocation and third-party).
export const dataRules: Readonly<Record<string, RuleTexts>> = {
	'geotag-posts': {
		title: 'X kann Ihren Posts Ihren Standort hinzufügen',
		why: 'Standortangaben in Posts verraten Fremden, wo Sie wohnen und wann Sie nicht zu Hause sind („Cybercasing“, Friedland und Sommer, 2010).',
		ok: 'Ihren Posts werden keine Standortinformationen hinzugefügt.',
		exposures: {on: '„Deinen Posts einen Standort hinzufügen“ ist an'},
		steps: {x: xSteps(['Deine Posts', 'Standortinformationen', 'Deinen Posts einen Standort hinzufügen'], 'Schalten Sie es aus und nutzen Sie „Alle an deine Posts angehängten Standortinformationen entfernen“.')},
	},
	'business-partner-sharing': {
		title: 'X teilt zusätzliche Informationen über Sie mit Geschäftspartnern',
		why: 'Nach der Datenschutzrichtlinie von X vom Oktober 2024 dürfen Geschäftspartner die mit ihnen geteilten Daten für eigene Zwecke nutzen, auch zum Training von KI (Silicon Republic, 18.10.2024).',
		ok: 'Der zusätzliche Austausch mit Geschäftspartnern ist aus.',
		exposures: {on: '„Zusätzlichen Informationsaustausch mit Geschäftspartnern erlauben“ ist an'},
		steps: {x: xSteps(['Datenfreigabe und Personalisierung', 'Datenaustausch mit Geschäftspartnern'], 'Schalten Sie „Zusätzlichen Informationsaustausch mit Geschäftspartnern erlauben“ aus.')},
	},
	'connected-apps': {
		title: 'Apps und Websites können noch auf Ihr Konto zugreifen',
		why: 'Eine Quiz-App, die etwa 270.000 Menschen installiert hatten, gab Daten von bis zu 87 Millionen Menschen, darunter Geburtstag und Wohnort, an Cambridge Analytica weiter (2018).',
		ok: 'Keine App und keine Website hat aktiven Zugriff auf Ihr Konto.',
		exposures: {apps: {count: 'count', one: '{count} App oder Website kann auf Ihr Konto zugreifen', other: '{count} Apps oder Websites können auf Ihr Konto zugreifen'}},
		steps: {
			facebook: [facebookSteps.settings, 'Öffnen Sie „Apps und Websites“.', 'Entfernen Sie im Tab „Aktiv“ jede App, die Sie nicht nutzen.'],
			x: ['Öffnen Sie „Mehr“ › „Einstellungen und Datenschutz“ › „Sicherheit und Account-Zugriff“.', 'Öffnen Sie „Apps und Sitzungen“ und dann „Verknüpfte Apps“.', 'Öffnen Sie jede App, die Sie nicht nutzen, und wählen Sie „App-Berechtigungen widerrufen“.'],
			linkedin: ['Öffnen Sie „Sie“ › „Einstellungen & Datenschutz“.', 'Öffnen Sie „Datenschutz“ und dann „Zugelassene Dienste“.', 'Entfernen Sie jeden Dienst, den Sie nicht nutzen.'],
			instagram: ['Öffnen Sie „Mehr“ (☰) › „Einstellungen“.', 'Öffnen Sie „Apps und Websites“.', 'Entfernen Sie im Tab „Aktiv“ jede App und Website, die Sie nicht nutzen.'],
		},
	},
	'inferred-identity': {
		title: 'X verknüpft Browser und Geräte, die es Ihnen zuordnet, mit Ihrem Konto',
		why: 'Aktivitäten auf Geräten und in Browsern, mit denen Sie sich nie angemeldet haben, werden für Personalisierung und Werbung mit Ihrem Profil zusammengeführt; X zahlte 150 Millionen US-Dollar, weil es für die Sicherheit angegebene Kontaktdaten für gezielte Werbung genutzt hatte (FTC und US-Justizministerium, 2022).',
		ok: 'X personalisiert nicht anhand Ihrer abgeleiteten Identität.',
		exposures: {on: '„Basierend auf deiner abgeleiteten Identität personalisieren“ ist an'},
		steps: {x: xSteps(['Datenfreigabe und Personalisierung', 'Abgeleitete Identität'], 'Schalten Sie „Basierend auf deiner abgeleiteten Identität personalisieren“ aus.')},
	},
	'search-engine-linking': {
		title: 'Suchmaschinen verlinken auf Ihr Profil',
		why: 'Indexierte Profile erscheinen bei allen, die nach Ihrem Namen suchen, und füttern Datenhändler; Consumer Reports zählte „von einer Suchmaschine gefunden werden“ zu den Gewohnheiten, die man ablegen sollte (2010).',
		ok: 'Suchmaschinen außerhalb der Website verlinken nicht auf Ihr Profil.',
		exposures: {on: 'Suchmaschinen können auf Ihr Profil verlinken'},
		steps: {facebook: [facebookSteps.settings, facebookSteps.findAndContactPage, 'Schalten Sie „Möchtest du, dass Suchmaschinen außerhalb von Facebook dein Profil verlinken?“ aus.'], reddit: redditSteps('Datenschutz', 'Schalten Sie „In Suchergebnissen erscheinen“ aus.')},
	},
	'personalized-ads': {
		title: 'Anzeigen werden mit Daten von außerhalb der Website personalisiert',
		why: 'Daten von Partnern ergeben ein Verhaltensprofil von Ihnen, und X zahlte 150 Millionen US-Dollar, weil es für die Sicherheit angegebene Telefonnummern und E-Mail-Adressen für gezielte Werbung genutzt hatte (FTC und US-Justizministerium, 2022).',
		ok: 'Personalisierte Anzeigen sind aus.',
		exposures: {on: '„Personalisierte Anzeigen“ ist an'},
		steps: {x: xSteps(['Datenfreigabe und Personalisierung', 'Werbeeinstellungen'], 'Schalten Sie „Personalisierte Anzeigen“ aus.'), reddit: redditSteps('Datenschutz', 'Schalten Sie personalisierte Werbung mit Informationen und Aktivitäten von Reddits Partnern aus.')},
	},
	'linkedin-ads-inferred-location': {
		title: 'LinkedIn richtet Werbung danach aus, wo es Sie vermutet',
		why: 'Ihre IP-Adresse verortet Sie auf eine Stadt genau oder genauer; danach ausgerichtete Werbung verrät Werbetreibenden, wo Sie wohnen und arbeiten, und folgt Ihnen auf Reisen (LinkedIn-Hilfe, Werbedaten).',
		ok: 'LinkedIn nutzt Ihren abgeleiteten Standort nicht für Werbung.',
		exposures: {on: '„Abgeleiteter Standort“ ist eingeschaltet'},
		steps: {linkedin: linkedinSteps(['Werbedaten', 'Abgeleiteter Standort'], 'Schalten Sie den Schalter aus.')},
	},
	'linkedin-ads-by-age': {
		title: 'LinkedIn lässt Werbetreibende Sie nach Alter auswählen',
		why: 'Werbetreibende können Sie nach Altersgruppe auswählen, die LinkedIn aus Ihrem Profil ableitet (etwa aus Abschlussjahren), auch wenn Sie nie ein Geburtsdatum angegeben haben.',
		ok: 'LinkedIn nutzt Ihr Alter nicht für Werbung.',
		exposures: {on: '„Alter“ ist eingeschaltet'},
		steps: {linkedin: linkedinSteps(['Werbedaten', 'Alter'], 'Schalten Sie den Schalter aus.')},
	},
	'linkedin-ads-by-gender': {
		title: 'LinkedIn lässt Werbetreibende Sie nach Geschlecht auswählen',
		why: 'Werbetreibende können Sie nach Geschlecht ein- oder ausschließen, das LinkedIn aus Ihrem Profil ableitet, wenn Sie es nicht angegeben haben; das bestimmt, welche Anzeigen Sie erreichen, auch Stellenanzeigen.',
		ok: 'LinkedIn nutzt Ihr Geschlecht nicht für Werbung.',
		exposures: {on: '„Geschlecht“ ist eingeschaltet'},
		steps: {linkedin: linkedinSteps(['Werbedaten', 'Geschlecht'], 'Schalten Sie den Schalter aus.')},
	},
	'linkedin-ads-by-interests': {
		title: 'LinkedIn richtet Werbung nach Interessen aus, die es Ihnen zuschreibt',
		why: 'LinkedIn ordnet Sie nach dem, was Sie lesen, folgen und anklicken, Interessenkategorien zu und verkauft Werbetreibenden den Zugang dazu; die Kategorien können mehr über Sie verraten als Ihr Profil.',
		ok: 'LinkedIn nutzt keine abgeleiteten Interessen für Werbung.',
		exposures: {on: '„Interessenkategorien“ ist eingeschaltet'},
		steps: {linkedin: linkedinSteps(['Werbedaten', 'Interessenkategorien'], 'Schalten Sie den Schalter aus.')},
	},
	'linkedin-business-interactions': {
		title: 'LinkedIn nutzt, was Unternehmen über Sie wissen',
		why: 'Unternehmen laden hoch, was sie über Sie wissen (Ihre E-Mail-Adresse auf ihren Listen, Besuche, Käufe), und LinkedIn gleicht es mit Ihrem Konto ab, um Sie gezielt anzusprechen: Ihr Leben außerhalb von LinkedIn wird mit Ihrem Profil verknüpft.',
		ok: 'LinkedIn nutzt keine Unternehmensdaten über Sie für Werbung.',
		exposures: {on: '„Interaktionen mit Unternehmen“ ist eingeschaltet'},
		steps: {linkedin: linkedinSteps(['Werbedaten', 'Interaktionen mit Unternehmen'], 'Schalten Sie den Schalter aus.')},
	},
	'linkedin-conversion-tracking': {
		title: 'LinkedIn erfährt, was Sie auf Websites von Werbetreibenden tun',
		why: 'Nachdem Sie eine Anzeige gesehen oder angeklickt haben, meldet die Website des Werbetreibenden, ob Sie sich angemeldet oder etwas gekauft haben, und LinkedIn verknüpft das mit Ihnen.',
		ok: 'LinkedIn verknüpft Ihre Aktionen auf Websites von Werbetreibenden nicht mit Ihnen.',
		exposures: {on: '„Werbebezogene Aktionen“ ist eingeschaltet'},
		steps: {linkedin: linkedinSteps(['Werbedaten', 'Werbebezogene Aktionen'], 'Schalten Sie den Schalter aus.')},
	},
	'linkedin-research-sharing': {
		title: 'LinkedIn teilt Ihre Daten mit externen Forschenden',
		why: 'LinkedIn kann Mitgliederdaten, auch Ihre, ohne Namen für Forschende und politische Entscheidungsträger bereitstellen; ein Berufsweg genügt oft, um zu wissen, wer jemand ist.',
		ok: 'LinkedIn teilt Ihre Daten nicht für Forschung.',
		exposures: {on: '„Sozial-, Wirtschafts- und Arbeitsmarktforschung“ ist eingeschaltet'},
		steps: {linkedin: linkedinSteps(['Datenschutz', 'Sozial-, Wirtschafts- und Arbeitsmarktforschung'], 'Schalten Sie den Schalter aus.')},
	},
	'ads-beyond-linkedin': {
		title: 'LinkedIn nutzt Ihre Daten für Anzeigen auf anderen Websites',
		why: 'Werbenetzwerke, die Ihnen über Websites hinweg folgen, erstellen ein Verhaltensprofil von Ihnen, und Werbedaten werden über den Zweck hinaus genutzt, für den sie angegeben wurden (X zahlte dafür 150 Millionen US-Dollar, FTC und US-Justizministerium, 2022).',
		ok: 'LinkedIn nutzt Ihre Daten nicht für Anzeigen außerhalb von LinkedIn.',
		exposures: {on: '„Anzeigen außerhalb von LinkedIn“ ist an'},
		steps: {linkedin: linkedinSteps(['Werbedaten', 'Anzeigen außerhalb von LinkedIn'], 'Schalten Sie den Schalter aus.')},
	},
	'ai-training': {
		title: 'Ihre Beiträge und Daten trainieren die KI-Modelle der Website',
		why: 'X hat das Grok-Training im Juli 2024 für alle Konten standardmäßig eingeschaltet (Reclaim The Net, 26.07.2024), LinkedIn im September 2024 ebenso (LinkedIn-Hilfe a6278444), und ein Widerspruch macht bereits erfolgtes Training nicht rückgängig.',
		ok: 'Ihre Daten werden nicht zum Training der KI-Modelle der Website genutzt.',
		exposures: {on: 'Ihre Beiträge, Ihr Profil und Ihre KI-Chats können für KI-Training genutzt werden'},
		steps: {
			x: xSteps(['Datenfreigabe und Personalisierung', 'Grok und unabhängige Kooperationspartner'],
				'Schalten Sie „Erlauben, dass deine öffentlichen Daten … für Training und Feinabstimmung herangezogen werden“ aus und löschen Sie Ihren Grok-Unterhaltungsverlauf.'),
			linkedin: linkedinSteps(['Datenschutz', 'Daten zur Verbesserung generativer KI'], 'Schalten Sie „Meine Daten für das Training von KI-Modellen zur Erstellung von Inhalten verwenden“ aus.'),
		},
	},
};
