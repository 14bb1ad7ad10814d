import type {RuleTexts} from '../catalog.js';
import {redditSteps} from './fix-steps.js';

// Reddit's own rules (src/core/rules/reddit-*.ts); the rules it shares with other sites have their Reddit steps beside theirs.
export const redditRules: Readonly<Record<string, RuleTexts>> = {
	'reddit-followers-allowed': {
		title: 'Alle auf Reddit können Ihnen folgen',
		why: 'Follower bekommen, was Sie auf Ihrem Profil posten, in ihren Feed, und niemand muss sie bestätigen: Fremde können ein Pseudonym-Konto verfolgen, ohne zu fragen.',
		ok: 'Niemand kann Ihnen folgen.',
		exposures: {on: '„Anderen erlauben, dir zu folgen“ ist an'},
		steps: {reddit: redditSteps('Profil', 'Schalten Sie „Anderen erlauben, dir zu folgen“ aus.')},
	},
	'reddit-profile-content-public': {
		title: 'Ihr Profil zeigt alle Ihre Beiträge und Kommentare',
		why: 'Im Zusammenhang gelesen, verrät der gesamte Verlauf eines Nutzernamens oft, wo jemand wohnt, arbeitet oder studiert, und gelöschte Kommentare überleben in Archiven Dritter.',
		ok: 'Ihr Profil zeigt nicht alle Ihre Beiträge und Kommentare.',
		exposures: {public: '„Alle Beiträge und Kommentare öffentlich lassen“ ist gewählt'},
		steps: {reddit: redditSteps('Profil', 'Wählen Sie unter „Inhalte und Aktivität“, dass Ihr Profil nur eine Auswahl oder nichts zeigt.')},
	},
	'reddit-active-communities': {
		title: 'Ihr Profil listet die Communitys, in denen Sie aktiv sind',
		why: 'Die Liste fasst Ihre Interessen auf einen Blick zusammen, Gesundheits-, Lokal- und Hobby-Communitys eingeschlossen, und hilft, ein Pseudonym-Konto mit der Person dahinter zu verknüpfen.',
		ok: 'Ihr Profil listet Ihre aktiven Communitys nicht.',
		exposures: {on: 'Die Communitys, in denen Sie aktiv sind, stehen auf Ihrem Profil'},
		steps: {reddit: redditSteps('Profil', 'Schalten Sie die Einstellung aus, die zeigt, in welchen Communitys Sie aktiv sind.')},
	},
	'reddit-online-status': {
		title: 'Reddit zeigt, wann Sie online sind',
		why: 'Eine Online-Anzeige verrät allen, mit denen Sie chatten, wann Sie da sind, auch spät in der Nacht.',
		ok: 'Reddit zeigt nicht, wann Sie online sind.',
		exposures: {on: 'Ihr Online-Status ist sichtbar'},
		steps: {reddit: redditSteps('Datenschutz', 'Schalten Sie die Einstellung aus, die zeigt, dass Sie auf Reddit aktiv sind.')},
	},
	'reddit-messages-from-everyone': {
		title: 'Alle auf Reddit können Ihnen private Nachrichten senden',
		why: 'Unerwünschte Nachrichten sind der Einstieg für Betrug und Sextortion: Meldungen finanzieller Sextortion Minderjähriger stiegen binnen eines Jahres um 20 % (FBI, 2024).',
		ok: 'Fremde können Ihnen keine privaten Nachrichten senden.',
		exposures: {anyone: 'Alle können Ihnen private Nachrichten senden'},
		steps: {reddit: redditSteps('Datenschutz', 'Wählen Sie bei „Wer Ihnen private Nachrichten senden kann“ die Option „Niemand“ und fügen Sie dann die Personen hinzu, denen Sie vertrauen.')},
	},
	'reddit-location-recommendations': {
		title: 'Reddit richtet sich bei seinen Empfehlungen nach Ihrem ungefähren Standort',
		why: 'Ihr Standort, aus Ihrer Verbindung abgeleitet, wird Teil dessen, was Reddit über Sie speichert, und begleitet das Konto, wo immer Sie posten.',
		ok: 'Empfehlungen richten sich nicht nach Ihrem Standort.',
		exposures: {on: 'Empfehlungen nach Ihrem ungefähren Standort sind an'},
		steps: {reddit: redditSteps('Datenschutz', 'Schalten Sie personalisierte Empfehlungen nach Ihrem ungefähren Standort aus.')},
	},
	'reddit-profile-discoverable': {
		title: 'Fremden werden Ihr Profil und seine Beiträge gezeigt',
		why: 'In der Nutzerliste und in r/all erreicht ein Profil Menschen, die nie danach gesucht haben; so lässt sich ein Pseudonym-Konto leichter finden und zusammenpuzzeln.',
		ok: 'Ihr Profil wird Fremden nicht zum Entdecken angeboten.',
		exposures: {on: '„Sichtbarkeit von Inhalten“ ist an'},
		steps: {reddit: redditSteps('Profil', 'Schalten Sie „Sichtbarkeit von Inhalten“ aus.')},
	},
};
