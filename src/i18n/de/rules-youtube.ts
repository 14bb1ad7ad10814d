import type {RuleTexts} from '../catalog.js';
import {youtubePrivacySteps, youtubeStudioSteps} from './fix-steps.js';

// YouTube's own rules (src/core/rules/saved-playlists-public.ts, channel-*.ts; platform-pages-3.md §3).
export const youtubeRules: Readonly<Record<string, RuleTexts>> = {
	'saved-playlists-public': {
		title: 'Alle können die Playlists sehen, die Sie auf YouTube gespeichert haben',
		why: 'Gespeicherte Playlists verraten allen, die Ihren Kanal öffnen, Ihre Interessen, Überzeugungen und Gewohnheiten, und Export-Tools verlangen als Erstes, dass Sie sie öffentlich machen.',
		ok: 'Ihre gespeicherten Playlists sind privat.',
		exposures: {public: 'Ihre gespeicherten Playlists sind auf Ihrem Kanal für alle sichtbar'},
		steps: {youtube: youtubePrivacySteps('alle Ihre gespeicherten Playlists privat zu halten')},
	},
	'channel-country-shown': {
		title: 'Ihr YouTube-Kanal zeigt Ihr Land',
		why: 'Ein Land allein verrät wenig, aber zusammen mit einem Namen, einer Schule oder einer Stadt aus einem Video grenzt es ein, wer und wo Sie sind (Pew Research, 2013: 71 % der Jugendlichen nennen ihren Wohnort).',
		ok: 'Ihr Kanal zeigt kein Land.',
		exposures: {shown: 'Die Kanalinfo zeigt allen Ihr Land'},
		steps: {youtube: ['Wählen Sie auf Ihrem Kanal „Kanal anpassen“: YouTube Studio öffnet sich.', 'Öffnen Sie Einstellungen › Kanal › Allgemeine Informationen.', 'Entfernen Sie das Land Ihres Wohnsitzes, wenn YouTube es zulässt, und speichern Sie. Sonst bleibt es in der Kanalinfo sichtbar.']},
	},
	'channel-links-shown': {
		title: 'Ihr YouTube-Kanal verlinkt Ihre anderen Konten',
		why: 'Links auf Ihrem Kanal verbinden ihn mit Ihren anderen Konten: Was eines preisgibt, können Fremde mit dem Rest zusammenführen, und so werden Pseudonyme enttarnt.',
		ok: 'Ihr Kanal zeigt keine Links.',
		exposures: {links: {count: 'count', one: 'Die Kanalinfo zeigt allen {count} Link', other: 'Die Kanalinfo zeigt allen {count} Links'}},
		steps: {youtube: youtubeStudioSteps('Löschen Sie unter „Links“ alle Links, denen Fremde nicht folgen sollen.')},
	},
};
