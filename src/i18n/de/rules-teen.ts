import type {RuleTexts} from '../catalog.js';
import {xSteps} from './fix-steps.js';

// Conversation prompts for a teen and a parent (src/core/rules/teen-*.ts, family supervision). These
// speak to both together, so in the neutral "Sie"/infinitive; the prompts to the teen alone say "du"
// (messages.json reviewPrompt…).
export const teenRules: Readonly<Record<string, RuleTexts>> = {
	'teen-defaults-instagram': {
		title: 'Besprechen: Dieses Instagram-Konto ist öffentlich, obwohl Teen-Konten privat starten',
		why: 'Instagram-Teen-Konten sind standardmäßig privat, und unter 16-Jährige brauchen ein Elternteil, um das zu lockern (Meta, September 2024); ein öffentliches Teen-Konto heißt, dass das so vereinbart wurde, oder dass das Alter im Konto 18 oder älter angibt, was alle Schutzfunktionen für Jugendliche abschaltet.',
		ok: 'Das Konto ist privat, so wie Instagram-Teen-Konten starten.',
		exposures: {
			public: 'Wurde gemeinsam vereinbart, es zu öffnen? Falls nicht, prüfen Sie den Geburtstag im Konto: Wenn er 18 oder älter ergibt, sind die Schutzfunktionen für Jugendliche aus',
			'public-birthday-on-account': 'Wurde gemeinsam vereinbart, es zu öffnen? Falls nicht, prüfen Sie den Geburtstag unter „Kontenübersicht“ › „Persönliche Daten“: Wenn er 18 oder älter ergibt, sind die Schutzfunktionen für Jugendliche aus',
		},
		steps: {instagram: [
			'Entscheiden Sie gemeinsam, ob das Konto öffentlich sein soll.',
			'Um es privat zu machen: „Mehr“ (☰) › „Einstellungen“ › „Kontoprivatsphäre“, „Privates Konto“ einschalten.',
			'Wenn das Alter falsch ist, korrigieren Sie den Geburtstag unter „Kontenübersicht“ › „Persönliche Daten“.',
		]},
	},
	'teen-defaults-x': {
		title: 'Besprechen: Diese X-Posts sind öffentlich, obwohl X die Posts von Jugendlichen schützt',
		why: 'X schützt die Posts bekannter Minderjähriger standardmäßig und bietet keine Elternfunktion; öffentliche Posts heißen, dass der Schutz ausgeschaltet wurde, oder dass X nicht weiß, dass die Person im Konto unter 18 ist.',
		ok: 'Die Posts sind geschützt, so wie X es bei bekannten Minderjährigen einstellt.',
		exposures: {public: 'Wurde gemeinsam vereinbart, den Schutz auszuschalten? Wenn das Geburtsdatum im Konto 18 oder älter ergibt, behandelt X es als Konto einer erwachsenen Person'},
		steps: {x: xSteps(['Zielgruppe, Medien und Markierung'], 'Entscheiden Sie gemeinsam; um die Posts zu schützen, schalten Sie „Deine Posts schützen“ ein. Wenn das Alter falsch ist, korrigieren Sie das Geburtsdatum unter „Profil bearbeiten“.')},
	},
	'teen-defaults-facebook': {
		title: 'Besprechen: Neue Facebook-Beiträge gehen über Freunde hinaus, obwohl Teen-Konten sie auf Freunde beschränken',
		why: 'Facebook-Teen-Konten sind privat, und unter 16-Jährige brauchen ein Elternteil, um das zu lockern (Meta, April 2025); Beiträge über Freunde hinaus heißen, dass das so vereinbart wurde, oder dass das Alter im Konto 18 oder älter angibt.',
		ok: 'Neue Beiträge sehen höchstens Freunde, so wie Facebook-Teen-Konten starten.',
		exposures: {'beyond-friends': 'Neue Beiträge sind sichtbar für {audience:fuer}. Wurde das gemeinsam vereinbart? Falls nicht, prüfen Sie den Geburtstag im Konto'},
		steps: {facebook: [
			'Entscheiden Sie gemeinsam, wer neue Beiträge sehen soll.',
			'Öffnen Sie „Einstellungen und Privatsphäre“ › „Einstellungen“ › „Beiträge“.',
			'Wählen Sie bei „Wer kann deine zukünftigen Beiträge sehen?“ die Option „Freunde“.',
			'Wenn das Alter falsch ist, korrigieren Sie den Geburtstag unter „Kontenübersicht“ › „Persönliche Daten“.',
		]},
	},
	'teen-age-on-account': {
		title: 'Besprechen: TikTok behandelt dieses Konto als das einer erwachsenen Person',
		why: 'Die Schutzfunktionen von TikTok für Jugendliche (unter 16 standardmäßig privat, unter 16 keine Direktnachrichten, Downloads aus) hängen vom Geburtsdatum im Konto ab (TikTok, 2021); ein Konto, dessen Alter 18 oder älter angibt, bekommt keine davon.',
		ok: 'TikTok behandelt das Konto als das einer jugendlichen Person, also gelten die Schutzfunktionen für Jugendliche.',
		exposures: {adult: 'TikTok behandelt dieses Konto nicht als minderjährig: Wenn es einer jugendlichen Person gehört, sind die Schutzfunktionen für Jugendliche aus'},
		steps: {tiktok: [
			'Prüfen Sie gemeinsam, mit welchem Geburtsdatum das Konto angelegt wurde.',
			'Wenn es falsch ist, bitten Sie TikTok um eine Korrektur (in der App: „Profil“ › ☰ › „Einstellungen und Datenschutz“ › „Ein Problem melden“), oder legen Sie ein neues Konto mit dem richtigen Geburtsdatum an.',
		]},
	},
	'google-timeline-teen-age': {
		title: 'Besprechen: Das Alter dieses Google-Kontos gibt vielleicht 18 oder älter an',
		why: 'Google lässt die Zeitachse (Standortverlauf) für unter 18-Jährige aus und erlaubt nicht, sie einzuschalten (Google, August 2021); hier ist sie an, also gibt das Konto wahrscheinlich ein Erwachsenenalter an, und die Schutzfunktionen von Google für Jugendliche (SafeSearch, keine Werbung nach Alter, Geschlecht oder Interessen) gelten nicht.',
		ok: 'Die Zeitachse ist deaktiviert, wie Google es für unter 18-Jährige vorsieht.',
		exposures: {adult: 'Die Zeitachse ist aktiviert, was Google nur bei Konten erlaubt, die 18 oder älter angeben'},
		steps: {google: [
			'Prüfen Sie gemeinsam, welcher Geburtstag im Konto steht (myaccount.google.com › „Persönliche Daten“ › „Geburtstag“).',
			'Wenn er falsch ist, korrigieren Sie ihn dort oder richten Sie die Elternaufsicht mit Family Link ein.',
			'Deaktivieren Sie bis dahin die Zeitachse („Daten und Datenschutz“ › „Verlaufseinstellungen“ › „Zeitachse“).',
		]},
	},
};
