import type {RuleTexts} from '../catalog.js';
import {facebookSteps, linkedinSteps, redditSteps, tiktokAppSteps, tiktokWebSteps, xSteps, youtubePrivacySteps} from './fix-steps.js';

// Instagram's German UI: "Mehr", "Einstellungen", "Markierungen und Erwähnungen", "Personen, denen du folgst" (M).
const instagramSettings = 'Öffnen Sie „Mehr“ (☰) › „Einstellungen“.';

// Who sees your posts and network, who can tag, find or contact you (families photos, social-graph,
// contact, interaction). Facebook's questions as its German UI asks them (M).
export const reachRules: Readonly<Record<string, RuleTexts>> = {
	'future-posts-public': {
		title: 'Ihre neuen Beiträge und Fotos sind öffentlich',
		why: 'Öffentliche Fotos und Beiträge werden kopiert, indexiert und von Betrügern genutzt: Soziale Medien waren von 2021 bis Mitte 2023 der Ausgangspunkt gemeldeter Verluste von 2,7 Milliarden US-Dollar (FTC, 2023).',
		ok: 'Ihre neuen Beiträge sehen höchstens Ihre Freunde.',
		exposures: {public: 'Neue Beiträge und Fotos sind öffentlich sichtbar'},
		steps: {facebook: [facebookSteps.settings, 'Öffnen Sie „Beiträge“.', 'Wählen Sie bei „Wer kann deine zukünftigen Beiträge sehen?“ die Option „Freunde“.', 'Nutzen Sie bei Bedarf auch „Publikum für frühere Beiträge einschränken“.']},
	},
	'posts-unprotected': {
		title: 'Ihre Posts und Fotos auf X sind öffentlich',
		why: 'Öffentliche Posts werden kopiert, indexiert und von Betrügern und von Menschen genutzt, die es auf Jugendliche abgesehen haben: Soziale Medien waren von 2021 bis Mitte 2023 der Ausgangspunkt gemeldeter Betrugsverluste von 2,7 Milliarden US-Dollar (FTC, 2023), und X schützt die Posts bekannter Minderjähriger standardmäßig.',
		ok: 'Ihre Posts sind geschützt: Nur Ihre Follower sehen sie.',
		exposures: {
			public: 'Alle können Ihre Posts und Fotos sehen',
			'public-located': 'Alle können Ihre Posts sehen, und sie enthalten Ihren Standort',
		},
		steps: {x: xSteps(['Zielgruppe, Medien und Markierung'], 'Schalten Sie „Deine Posts schützen“ ein und bestätigen Sie.')},
	},
	'public-account': {
		title: 'Ihr Konto ist öffentlich',
		why: 'Öffentliche Profile werden kopiert und von Betrügern und von Menschen genutzt, die es auf Jugendliche abgesehen haben: Soziale Medien waren von 2021 bis Mitte 2023 der Ausgangspunkt gemeldeter Betrugsverluste von 2,7 Milliarden US-Dollar (FTC, 2023), und Instagram und TikTok stellen die Konten jüngerer Jugendlicher standardmäßig auf privat (Meta Teen-Konten, 2024; TikTok, 2021).',
		ok: 'Ihr Konto ist privat: Nur Follower, die Sie bestätigen, sehen Ihre Beiträge.',
		exposures: {public: 'Alle, auch ohne Konto, können Ihr Profil und Ihre Beiträge sehen'},
		steps: {
			instagram: [instagramSettings, 'Öffnen Sie „Kontoprivatsphäre“.', 'Schalten Sie „Privates Konto“ ein und wählen Sie dann „Zu privatem Konto wechseln“.'],
			tiktok: tiktokWebSteps('Privates Konto', 'Schalten Sie es ein (die Änderung wird sofort gespeichert).'),
		},
	},
	'findable-by-phone': {
		title: 'Wer Ihre Telefonnummer hat, kann Ihr Profil finden',
		why: 'Über die Suche per Telefonnummer wurden Daten von 533 Millionen Facebook-Nutzern abgegriffen und ihren Nummern zugeordnet (Facebook, April 2021).',
		ok: 'Nur Ihre Freunde oder Sie selbst können Sie über Ihre Telefonnummer finden.',
		exposures: {findable: 'Über Ihre Telefonnummer sind Sie auffindbar für {audience:fuer}'},
		steps: {
			facebook: facebookSteps.findAndContact('Wer kann dich mithilfe der von dir angegebenen Telefonnummer finden?', 'Nur ich'),
			linkedin: linkedinSteps(['Sichtbarkeit', 'Profilsuche über Telefonnummer'], 'Wählen Sie „Niemand“ (oder „Kontakte 1. Grades“).'),
		},
	},
	'findable-by-email': {
		title: 'Wer Ihre E-Mail-Adresse hat, kann Ihr Profil finden',
		why: 'Die Suche per E-Mail-Adresse hebt die Anonymität von Konten auf: Durch eine solche Lücke bei Twitter ließen sich 5,4 Millionen Konten ihren E-Mail-Adressen zuordnen (Twitter, 2022).',
		ok: 'Nur Ihre Freunde oder Sie selbst können Sie über Ihre E-Mail-Adresse finden.',
		exposures: {findable: 'Über Ihre E-Mail-Adresse sind Sie auffindbar für {audience:fuer}'},
		steps: {
			facebook: facebookSteps.findAndContact('Wer kann dich mithilfe der von dir angegebenen E-Mail-Adresse finden?', 'Nur ich'),
			linkedin: linkedinSteps(['Sichtbarkeit', 'Profilsuche über E-Mail-Adresse'], 'Wählen Sie „Niemand“ (oder „Kontakte 1. Grades“).'),
		},
	},
	'findable-by-phone-x': {
		title: 'Wer Ihre Telefonnummer hat, kann Sie auf X finden',
		why: 'Suchfunktionen per Telefonnummer wurden missbraucht, um Nummern 533 Millionen Facebook-Konten und 5,4 Millionen Twitter-Konten zuzuordnen, die dann verkauft oder veröffentlicht wurden (Facebook, April 2021; Twitter, August 2022).',
		ok: 'Über Ihre Telefonnummer findet niemand Ihr X-Konto.',
		exposures: {findable: 'Alle, die Ihre Telefonnummer haben, können Ihr X-Konto finden'},
		steps: {x: xSteps(['Auffindbarkeit und Kontakte'], 'Schalten Sie „Personen, die deine Telefonnummer haben, erlauben, dich auf X zu finden“ aus.')},
	},
	'findable-by-email-x': {
		title: 'Wer Ihre E-Mail-Adresse hat, kann Sie auf X finden',
		why: 'Die Suche per E-Mail-Adresse verbindet ein Pseudonym-Konto mit einer echten Adresse: 5,4 Millionen Twitter-Konten wurden so E-Mail-Adressen und Telefonnummern zugeordnet und verkauft (Twitter, August 2022).',
		ok: 'Über Ihre E-Mail-Adresse findet niemand Ihr X-Konto.',
		exposures: {findable: 'Alle, die Ihre E-Mail-Adresse haben, können Ihr X-Konto finden'},
		steps: {x: xSteps(['Auffindbarkeit und Kontakte'], 'Schalten Sie „Personen, die deine E-Mail-Adresse haben, erlauben, dich auf X zu finden“ aus.')},
	},
	'friends-list-visible': {
		title: 'Fremde können Ihre Freundesliste sehen',
		why: 'Eine sichtbare Freundesliste zeigt, wer zu Ihrer Familie und Klasse gehört; Sextortion-Täter drohen damit, Bilder an „Familie und Freunde“ zu schicken (FBI, 2024).',
		ok: 'Ihre Freundesliste sehen höchstens Ihre Freunde.',
		exposures: {visible: 'Ihre Freundesliste ist sichtbar für {audience:fuer}'},
		steps: {facebook: facebookSteps.findAndContact('Wer kann deine Freundesliste sehen?', 'Nur ich')},
	},
	'connections-visible': {
		title: 'Ihre Kontakte können Ihr gesamtes LinkedIn-Netzwerk durchsehen',
		why: 'Ein sichtbares Netzwerk zeigt, wer zu Ihren Kollegen, Ihrer Familie und Ihrer Klasse gehört; Sextortion-Täter drohen mit solchen Listen, Bilder an „Familie und Freunde“ zu schicken (FBI, 2024).',
		ok: 'Nur Sie sehen Ihre vollständige Kontaktliste.',
		exposures: {on: '„Wer kann Ihre Kontakte sehen“ ist an: Ihre Kontakte sehen Ihre Liste'},
		steps: {linkedin: linkedinSteps(['Sichtbarkeit', 'Wer kann Ihre Kontakte sehen'], 'Wählen Sie „Nur Sie“ (die Einstellung zeigt dann „Aus“).')},
	},
	'tagged-posts-visible': {
		title: 'Fotos, auf denen andere Sie markieren, zeigt Ihr Profil Fremden',
		why: 'Ihr Profil zeigt dann die Fotos anderer Leute von Ihnen, und die Orte, an denen sie entstanden sind, Menschen, die Sie nie ausgewählt haben.',
		ok: 'Beiträge, in denen Sie markiert sind, zeigt Ihr Profil höchstens Ihren Freunden.',
		exposures: {visible: 'Beiträge, in denen Sie markiert sind, sind in Ihrem Profil sichtbar für {audience:fuer}'},
		steps: {facebook: facebookSteps.profileAndTagging('Wer kann Beiträge in deinem Profil sehen, in denen du markiert wurdest?', 'Freunde')},
	},
	'tag-review-off': {
		title: 'Andere können Sie ohne Ihre Zustimmung markieren',
		why: 'Ohne Überprüfung kann jeder Ihren Namen und Ihr Gesicht mit Fotos und Orten verbinden, denen Sie nie zugestimmt haben; für Jugendliche schaltet Facebook die Überprüfung standardmäßig ein.',
		ok: 'Sie prüfen Markierungen, bevor sie erscheinen.',
		exposures: {
			'tagged-posts': 'Die Überprüfung von Beiträgen, in denen Sie markiert sind, ist aus',
			'own-posts': 'Die Überprüfung von Markierungen in Ihren Beiträgen ist aus',
			both: 'Die Überprüfung von Beiträgen, in denen Sie markiert sind, und von Markierungen in Ihren Beiträgen ist aus',
		},
		steps: {facebook: [facebookSteps.settings, 'Öffnen Sie „Profil und Markierung“.', 'Schalten Sie „Beiträge, in denen du markiert wurdest, überprüfen, bevor sie in deinem Profil erscheinen?“ ein.', 'Schalten Sie „Markierungen, die Personen zu deinen Beiträgen hinzufügen, überprüfen, bevor sie auf Facebook erscheinen?“ ein.']},
	},
	'photo-tagging-anyone': {
		title: 'Alle können Sie auf Fotos markieren',
		why: 'Jeder kann Ihren Namen an Fotos heften, denen Sie nie zugestimmt haben; Ratgeber zum Kinderschutz (Internet Matters) empfehlen, Foto-Markierungen einzuschränken, und Teen-Konten auf Instagram erlauben Markierungen nur von Personen, denen sie folgen (Meta, 2024).',
		ok: 'Foto-Markierungen sind aus oder auf Personen beschränkt, denen Sie folgen.',
		exposures: {
			anyone: 'Alle können Sie auf Fotos markieren',
			'anyone-reviewed': 'Alle können Sie auf Fotos markieren; die Markierungen warten auf Ihre Zustimmung, bevor sie in Ihrem Profil erscheinen',
		},
		steps: {
			x: xSteps(['Zielgruppe, Medien und Markierung', 'Foto-Markierungen'], 'Wählen Sie „Nur Personen, denen du folgst, können dich markieren“ oder schalten Sie Foto-Markierungen aus.'),
			instagram: [instagramSettings, 'Öffnen Sie „Markierungen und Erwähnungen“.', 'Wählen Sie unter „Markierungen erlauben von“ die Option „Personen, denen du folgst“ (oder „Markierungen nicht erlauben“).', 'Schalten Sie „Markierungen manuell genehmigen“ ein.'],
		},
	},
	'mentions-from-anyone': {
		title: 'Alle können Sie erwähnen',
		why: 'Eine Erwähnung durch Fremde zieht Sie in deren Beiträge und Unterhaltungen, wo deren Follower Ihren Namen sehen; Teen-Konten auf Instagram erlauben Erwähnungen nur von Personen, denen sie folgen (Meta, 2024).',
		ok: 'Nur Personen, denen Sie folgen, können Sie erwähnen, oder niemand.',
		exposures: {anyone: 'Alle können Sie in ihren Beiträgen, Storys und Kommentaren erwähnen'},
		steps: {instagram: [instagramSettings, 'Öffnen Sie „Markierungen und Erwähnungen“.', 'Wählen Sie unter „Erwähnungen erlauben von“ die Option „Personen, denen du folgst“ (oder „Erwähnungen nicht erlauben“).']},
	},
	'friend-requests-from-anyone': {
		title: 'Alle können Ihnen eine Freundschaftsanfrage senden',
		why: 'Wer als Fremder angenommen wird, gehört zum Publikum „Freunde“, auf das sich die meisten Ihrer übrigen Einstellungen verlassen; mit ungebetenem Kontakt beginnt meist die Sextortion von Jugendlichen (FBI, 2024).',
		ok: 'Nur Freunde von Freunden können Ihnen Freundschaftsanfragen senden.',
		exposures: {everyone: 'Alle können Ihnen Freundschaftsanfragen senden'},
		steps: {facebook: facebookSteps.findAndContact('Wer kann dir Freundschaftsanfragen senden?', 'Freunde von Freunden')},
	},
	'dm-requests-from-everyone': {
		title: 'Fremde können Ihnen Nachrichtenanfragen senden',
		why: 'Mit ungebetenen Nachrichten beginnen Betrug und Sextortion: Meldungen über finanzielle Sextortion von Minderjährigen stiegen innerhalb eines Jahres um 20 % (FBI, 2024).',
		ok: 'Fremde können Ihnen keine Nachrichtenanfragen senden.',
		exposures: {
			anyone: 'Alle können Ihnen Nachrichtenanfragen senden',
			verified: 'Jedes verifizierte Konto kann Ihnen Nachrichtenanfragen senden',
		},
		steps: {x: xSteps(['Direktnachrichten'], 'Wählen Sie bei „Nachrichtenanfragen erlauben von:“ die Option „Niemandem“.'), reddit: redditSteps('Datenschutz', 'Wählen Sie bei „Wer Ihnen Chat-Anfragen senden kann“ die Option „Niemand“.')},
	},
	'account-suggestions-on': {
		title: 'Instagram schlägt Ihr Konto Fremden vor',
		why: 'Vorschlagsfunktionen zeigen ein Profil über gemeinsame Kontakte Fremden, und Instagram und Snapchat waren die häufigsten Plattformen in Meldungen an das NCMEC zu Online-Anbahnung und Sextortion (NCMEC, 2023).',
		ok: 'Ihr Konto wird auf den Profilen anderer nicht vorgeschlagen.',
		exposures: {on: 'Ihr Konto kann auf den Profilen anderer vorgeschlagen werden'},
		steps: {instagram: ['Öffnen Sie Ihr Profil und wählen Sie „Profil bearbeiten“.', 'Schalten Sie „Kontovorschläge auf Profilen anzeigen“ aus.', 'Wenn die Schaltfläche „Absenden“ aktiv ist, wählen Sie sie.']},
	},
	'following-list-public': {
		title: 'Alle können sehen, welchen Konten Sie folgen',
		why: 'Die Konten, denen Sie folgen, zeigen, wer zu Ihrer Familie und Klasse gehört; Sextortion-Täter drohen mit solchen Listen, Bilder an „Familie und Freunde“ zu schicken (FBI, 2024).',
		ok: 'Nur Sie sehen, welchen Konten Sie folgen.',
		exposures: {visible: 'Die Liste der Konten, denen Sie folgen, ist sichtbar für {audience:fuer}'},
		steps: {tiktok: tiktokAppSteps('Folge ich-Liste', 'Wählen Sie „Nur du“.'), youtube: youtubePrivacySteps('alle Ihre Abos privat zu halten')},
	},
	'liked-videos-public': {
		title: 'Alle können sehen, welche Videos Ihnen auf TikTok gefallen haben',
		why: 'Ihre gelikten Videos verraten Ihre Interessen und die Creator und Freunde, die Sie ansehen, und TikTok zeigt diese Liste bei 13- bis 15-Jährigen nur bestätigten Followern (TikTok, Datenschutzeinstellungen für Jugendliche).',
		ok: 'Nur Sie sehen, welche Videos Ihnen gefallen haben.',
		exposures: {public: 'Ihre gelikten Videos sind für alle sichtbar'},
		steps: {tiktok: tiktokAppSteps('Gelikte Videos', 'Wählen Sie „Nur du“.')},
	},
	'comments-from-everyone': {
		title: 'Alle können Ihre TikTok-Beiträge kommentieren',
		why: 'Offene Kommentare sind ein Einfallstor für Belästigung und Cybergrooming, und TikTok lässt 13- bis 15-Jährige nur zwischen „Freunde“ und „Niemand“ wählen (TikTok, Datenschutzeinstellungen für Jugendliche).',
		ok: 'Nur Freunde (oder niemand) können Ihre Beiträge kommentieren.',
		exposures: {anyone: 'Alle können Ihre Beiträge kommentieren'},
		steps: {tiktok: tiktokWebSteps('Kommentare', 'Wählen Sie die Zeile aus und dann „Freunde“.')},
	},
	'remix-by-everyone': {
		title: 'Alle können Ihre TikTok-Videos für Duette oder Stitches nutzen',
		why: 'Duette und Stitches setzen Ihr Video in den Beitrag einer fremden Person, wo es sich Ihrer Kontrolle entzieht; TikTok schaltet sie für 13- bis 15-Jährige aus und beschränkt sie für 16- bis 17-Jährige auf Freunde (TikTok, 2021).',
		ok: 'Nur Freunde (oder niemand) können Ihre Videos für Duette oder Stitches nutzen.',
		exposures: {
			duet: 'Alle können mit Ihren Videos ein Duett machen',
			stitch: 'Alle können Ihre Videos für einen Stitch nutzen',
			both: 'Alle können Ihre Videos für Duette und Stitches nutzen',
		},
		steps: {tiktok: [
			...tiktokWebSteps('Duett', 'Wählen Sie die Zeile aus und dann „Freunde“.'),
			'Stitch stellen Sie in der TikTok-App ein: „Profil“ › ☰ › „Einstellungen und Datenschutz“ › „Datenschutz“ › „Stitch“ › „Freunde“ oder „Nur du“.',
		]},
	},
	'downloads-allowed': {
		title: 'Alle können Ihre TikTok-Videos herunterladen',
		why: 'Eine heruntergeladene Kopie bleibt bestehen, auch wenn Sie das Video löschen, und kann erneut gepostet oder missbraucht werden; deshalb erlaubt TikTok keine Downloads der Videos von 13- bis 15-Jährigen und schaltet sie für 16- bis 17-Jährige standardmäßig aus (TikTok, 2021).',
		ok: 'Andere können Ihre Videos nicht herunterladen.',
		exposures: {on: 'Alle, die Ihre Videos sehen können, können sie herunterladen'},
		steps: {tiktok: tiktokAppSteps('Downloads', 'Schalten Sie „Video-Downloads“ aus.')},
	},
};
