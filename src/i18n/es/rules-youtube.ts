import type {RuleTexts} from '../catalog.js';
import {youtubePrivacySteps, youtubeStudioSteps} from './fix-steps.js';

// YouTube's own rules (src/core/rules/saved-playlists-public.ts, channel-*.ts; platform-pages-3.md §3).
export const youtubeRules: Readonly<Record<string, RuleTexts>> = {
	'saved-playlists-public': {
		title: 'Cualquiera puede ver las playlists que guardaste en YouTube',
		why: 'Las playlists que guardas revelan tus intereses, creencias y costumbres a cualquiera que abra tu canal, y las herramientas que las exportan te piden primero que las hagas públicas.',
		ok: 'Tus playlists guardadas son privadas.',
		exposures: {public: 'Tus playlists guardadas se muestran en tu canal a todo el mundo'},
		steps: {youtube: youtubePrivacySteps('mantener en privado todas tus playlists guardadas')},
	},
	'channel-country-shown': {
		title: 'Tu canal de YouTube muestra tu país',
		why: 'Un país dice poco por sí solo, pero sumado a un nombre, un colegio o una ciudad que aparece en un video, acota quién eres y dónde estás (Pew Research, 2013: el 71 % de los adolescentes publica su ciudad).',
		ok: 'Tu canal no muestra ningún país.',
		exposures: {shown: 'La sección Acerca de tu canal muestra tu país a todo el mundo'},
		steps: {youtube: ['En tu canal, selecciona "Personalizar canal": se abre YouTube Studio.', 'Abre Configuración › Canal › Información básica.', 'Quita el país de residencia si YouTube te lo permite y guarda. Si no, seguirá en tu sección Acerca de.']},
	},
	'channel-links-shown': {
		title: 'Tu canal de YouTube enlaza a tus otras cuentas',
		why: 'Los enlaces de tu canal lo conectan con tus otras cuentas: lo que deje ver una, un desconocido puede sumarlo a lo de las demás, y así se desenmascaran las cuentas con seudónimo.',
		ok: 'Tu canal no muestra enlaces.',
		exposures: {links: {count: 'count', one: 'La sección Acerca de tu canal muestra {count} enlace a todo el mundo', other: 'La sección Acerca de tu canal muestra {count} enlaces a todo el mundo'}},
		steps: {youtube: youtubeStudioSteps('En "Enlaces", borra los que no quieras que sigan desconocidos.')},
	},
};
