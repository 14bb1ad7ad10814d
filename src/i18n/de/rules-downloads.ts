import type {RuleTexts} from '../catalog.js';

// Die Regeln zu einem Datendownload (src/core/exports/rules/<id>.ts): was die Plattform speichert, in
// Zahlen und Zeiträumen, und je Plattform, wie man es löscht oder abschaltet. Menünamen sind die
// deutschen der Plattformen, soweit bekannt (Hilfeseiten, 2024–26, M/L); sonst beschrieben.
export const downloadRules: Readonly<Record<string, RuleTexts>> = {
	'download-location-history': {
		title: 'Die Plattform speichert einen Verlauf der Orte, an denen Sie waren',
		why: 'Ein paar Wochen Standortpunkte verraten ein Zuhause (den häufigsten Ort in der Nacht) und einen Arbeitsplatz; vier Punkte genügen, um 95 % der Menschen in „anonymen“ Spuren zu unterscheiden (de Montjoye et al., 2013).',
		ok: 'Kein Standortverlauf in diesem Download.',
		exposures: {
			points: {count: 'count', one: '{count} Standortpunkt von {from} bis {to}', other: '{count} Standortpunkte von {from} bis {to}'},
			'points-undated': {count: 'count', one: '{count} Standortpunkt', other: '{count} Standortpunkte'},
		},
		steps: {
			google: ['Auf dem Smartphone: Einstellungen › Standort › Standortdienste › Zeitachse.', 'Löschen Sie die Zeitachsen-Daten (alle oder einen Zeitraum) und schalten Sie die Zeitachse aus.', 'Prüfen Sie unter myactivity.google.com › Aktivitätseinstellungen, dass die Zeitachse (Standortverlauf) aus ist.'],
			snapchat: ['In Snapchat: Einstellungen › Datenschutzeinstellungen › Meine Daten: zeigt, was gespeichert ist.', 'Schalten Sie das Teilen auf der Snap Map („Geistmodus“) und die Standortberechtigung der App aus.'],
		},
	},
	'download-off-platform-activity': {
		title: 'Andere Unternehmen schicken der Plattform, was Sie in ihren Apps und auf ihren Websites tun',
		why: 'Apps und Websites, die Sie nutzen, melden der Plattform über deren Werkzeuge (Meta-Pixel, SDKs), was Sie gekauft, gelesen und gesucht haben: eine Weitergabe an Dritte, die Sie auf der Plattform selbst nie sehen (Meta, 2020).',
		ok: 'Keine von anderen Unternehmen gesendete Aktivität in diesem Download.',
		exposures: {businesses: {count: 'count', one: '{count} Unternehmen hat Ihre Aktivität gesendet ({events} Ereignisse)', other: '{count} Unternehmen haben Ihre Aktivität gesendet ({events} Ereignisse)'}},
		steps: {facebook: ['Kontenübersicht › Deine Informationen und Berechtigungen › Deine Aktivitäten außerhalb der Meta-Technologien.', 'Wählen Sie „Bisherige Aktivitäten löschen“, dann „Zukünftige Aktivitäten verwalten“ › „Zukünftige Aktivitäten trennen“.']},
	},
	'download-home-location': {
		title: 'Die Plattform speichert, wo Sie wohnen',
		why: 'Eine gespeicherte Adresse, Stadt, Heimatstadt oder Postleitzahl sagt, wo man Sie findet, und beantwortet eine übliche Sicherheitsfrage.',
		ok: 'Kein Wohnort in diesem Download.',
		exposures: {home: 'Eine Adresse, Stadt, Region oder ein als Zuhause markierter Ort ist gespeichert'},
		steps: {
			google: ['myaccount.google.com › Persönliche Daten › Adressen › Zuhause: entfernen.', 'Entfernen Sie in der Zeitachse auf dem Smartphone die Labels Zuhause und Arbeit.'],
			facebook: ['Ihr Profil › Info › Wohnorte: aktuellen Wohnort und Heimatstadt entfernen.'],
			tiktok: ['TikTok lässt die gespeicherte Region nicht ändern; nur das Löschen des Kontos entfernt sie.'],
			linkedin: ['Ihr Profil › Kontaktinfo: Adresse entfernen.', 'Einstellungen › Kontoeinstellungen › Profilinformationen: Standort prüfen.'],
		},
	},
	'download-birth-date': {
		title: 'Die Plattform speichert Ihr Geburtsdatum',
		why: 'Ein vollständiges Geburtsdatum mit Ihrem Namen reicht, um Prüfungen bei der Kontowiederherstellung zu bestehen und Konten in Ihrem Namen zu eröffnen (FTC-Hinweise zu Identitätsdiebstahl).',
		ok: 'Kein Geburtsdatum in diesem Download.',
		exposures: {full: 'Ein vollständiges Geburtsdatum (Tag, Monat und Jahr) ist gespeichert', partial: 'Ein Teil eines Geburtsdatums ist gespeichert'},
		steps: {
			x: ['Einstellungen › Dein Account › Account-Informationen › Geburtsdatum: prüfen, wer es sehen kann (X behält es zur Altersprüfung).'],
			facebook: ['Kontenübersicht › Persönliche Daten › Geburtstag: prüfen, und wer ihn in Ihrem Profil sieht.'],
			instagram: ['Kontenübersicht › Persönliche Daten › Geburtstag: prüfen.'],
			tiktok: ['TikTok behält das bei der Anmeldung angegebene Geburtsdatum und lässt es nicht entfernen.'],
			linkedin: ['Ihr Profil › Kontaktinfo › Geburtstag: entfernen oder nur für Sie sichtbar machen.'],
		},
	},
	'download-phone-on-file': {
		title: 'Die Plattform speichert Ihre Telefonnummer',
		why: 'Mit einer Telefonnummer kann jeder, der sie hat, Ihr Konto finden, wo die Suche eingeschaltet ist, und sie verbindet das Konto mit Ihnen in anderen Diensten; auf sie zielen auch SIM-Swapping-Angriffe.',
		ok: 'Keine Telefonnummer in diesem Download.',
		exposures: {phone: 'Eine Telefonnummer ist gespeichert'},
		steps: {
			x: ['Einstellungen › Dein Account › Account-Informationen › Telefon: entfernen, wenn Sie sich anders anmelden.'],
			facebook: ['Kontenübersicht › Persönliche Daten › Kontaktinformationen: die Nummer entfernen, wenn Sie sie zum Anmelden nicht brauchen.'],
			instagram: ['Kontenübersicht › Persönliche Daten › Kontaktinformationen: die Nummer entfernen, wenn Sie sie zum Anmelden nicht brauchen.'],
			tiktok: ['Einstellungen › Konto › Kontoinformationen › Telefon: entfernen, wenn Sie sich anders anmelden.'],
		},
	},
	'download-inferred-interests': {
		title: 'Die Plattform hat abgeleitet, wofür Sie sich interessieren',
		why: 'Interessen werden aus Ihrem Verhalten abgeleitet und als Werbe-Targeting verkauft; manche sind heikel (Gesundheit, Religion, Politik), und viele treffen nicht zu (Pew Research Center, 2019).',
		ok: 'Keine abgeleiteten Interessen in diesem Download.',
		exposures: {interests: {count: 'count', one: '{count} über Sie abgeleitetes Interesse', other: '{count} über Sie abgeleitete Interessen'}},
		steps: {
			x: ['Einstellungen › Datenschutz und Sicherheit › Inhalte, die du siehst › Interessen: die abwählen, die Sie nicht wollen.', 'Einstellungen › Datenschutz und Sicherheit › Anzeigeneinstellungen: personalisierte Anzeigen ausschalten.'],
			instagram: ['Kontenübersicht › Werbepräferenzen › Werbethemen: ansehen und einschränken.'],
			linkedin: ['Einstellungen › Werbedaten: die Daten ausschalten, aus denen LinkedIn Interessen ableitet.'],
		},
	},
	'download-inferred-age': {
		title: 'Die Plattform hat Ihr Alter geschätzt',
		why: 'Ein aus Ihrem Verhalten geschätztes Alter bestimmt, welche Werbung Sie sehen, und bei Jugendlichen, was ihnen gezeigt wird; es bleibt gespeichert, auch wenn Sie nie ein Geburtsdatum angegeben haben.',
		ok: 'Kein geschätztes Alter in diesem Download.',
		exposures: {inferred: 'Ein über Sie geschätztes Alter oder eine Altersspanne ist gespeichert'},
		steps: {x: ['Einstellungen › Datenschutz und Sicherheit › Aktivitäten außerhalb von X › Basierend auf deiner abgeleiteten Identität personalisieren: ausschalten.']},
	},
	'download-advertiser-audiences': {
		title: 'Werbetreibende haben Sie in ihre Zielgruppen aufgenommen',
		why: 'Werbetreibende laden Listen (E-Mail-Adressen, Telefonnummern) hoch, um Sie zu finden, oder zielen auf Sie nach Merkmalen, die die Plattform speichert: Ihre Daten gehen über die Plattform hinaus (Mozilla Foundation, 2024).',
		ok: 'Keine Zielgruppen von Werbetreibenden in diesem Download.',
		exposures: {audiences: {count: 'count', one: '{count} Zielgruppe oder Targeting-Merkmal von Werbetreibenden', other: '{count} Zielgruppen oder Targeting-Merkmale von Werbetreibenden'}},
		steps: {
			x: ['Einstellungen › Datenschutz und Sicherheit › Anzeigeneinstellungen › Zielgruppen: ansehen und personalisierte Anzeigen ausschalten.'],
			facebook: ['Kontenübersicht › Werbepräferenzen › Infos verwalten › Zielgruppenbasierte Werbung: unbekannte Werbetreibende ausblenden.'],
			instagram: ['Kontenübersicht › Werbepräferenzen › Infos verwalten › Zielgruppenbasierte Werbung: unbekannte Werbetreibende ausblenden.'],
			linkedin: ['Einstellungen › Werbedaten: jede Quelle ausschalten, und „Interessen und Merkmale“.'],
		},
	},
	'download-ads-engaged': {
		title: 'Die Plattform speichert die Werbung, mit der Sie interagiert haben, und warum sie Sie erreicht hat',
		why: 'Jede gesehene oder angeklickte Anzeige wird mit dem Targeting gespeichert, das Sie ihr zugeordnet hat (Alter, Ort, Interessen, die Liste eines Werbetreibenden): ein Protokoll darüber, wie Werbetreibende Sie finden.',
		ok: 'Keine Interaktionen mit Werbung in diesem Download.',
		exposures: {
			ads: {count: 'count', one: '{count} Interaktion mit Werbung von {from} bis {to}', other: '{count} Interaktionen mit Werbung von {from} bis {to}'},
			'ads-undated': {count: 'count', one: '{count} Interaktion mit Werbung', other: '{count} Interaktionen mit Werbung'},
		},
		steps: {x: ['Einstellungen › Datenschutz und Sicherheit › Anzeigeneinstellungen: personalisierte Anzeigen ausschalten.']},
	},
	'download-connected-apps': {
		title: 'Apps sind mit Ihrem Konto verbunden',
		why: 'Eine verbundene App liest, was ihre Berechtigungen erlauben, solange sie verbunden bleibt, lange nachdem Sie sie nicht mehr nutzen; vergessene Apps waren der Weg, auf dem Daten wie die von Cambridge Analytica abgeflossen sind.',
		ok: 'Keine verbundenen Apps in diesem Download.',
		exposures: {apps: {count: 'count', one: '{count} verbundene App', other: '{count} verbundene Apps'}},
		steps: {
			x: ['Einstellungen › Sicherheit und Account-Zugriff › Apps und Sitzungen › Verbundene Apps: die widerrufen, die Sie nicht nutzen.'],
			facebook: ['Einstellungen › Apps und Websites: die entfernen, die Sie nicht nutzen.'],
		},
	},
};
