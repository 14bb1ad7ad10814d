import type {RuleTexts} from '../catalog.js';
import {redditSteps} from './fix-steps.js';

// Reddit's own rules (src/core/rules/reddit-*.ts); the rules it shares with other sites have their Reddit steps beside theirs.
export const redditRules: Readonly<Record<string, RuleTexts>> = {
	'reddit-followers-allowed': {
		title: 'Cualquiera en Reddit puede seguirte',
		why: 'Tus seguidores reciben en su inicio lo que publicas en tu perfil, y nadie los aprueba: un desconocido puede seguirle la pista a una cuenta seudónima sin pedir permiso.',
		ok: 'Nadie puede seguirte.',
		exposures: {on: '"Permitir que otras personas te sigan" está activado'},
		steps: {reddit: redditSteps('Perfil', 'Desactiva "Permitir que otras personas te sigan".')},
	},
	'reddit-profile-content-public': {
		title: 'Tu perfil muestra todas tus publicaciones y comentarios',
		why: 'Leído de corrido, el historial completo de un usuario suele delatar dónde vive, trabaja o estudia, y los comentarios borrados sobreviven en archivos de terceros.',
		ok: 'Tu perfil no muestra todas tus publicaciones y comentarios.',
		exposures: {public: 'Está elegido "Mantener públicos todos los posts y comentarios"'},
		steps: {reddit: redditSteps('Perfil', 'En "Contenido y actividad", elige seleccionar u ocultar lo que muestra tu perfil.')},
	},
	'reddit-active-communities': {
		title: 'Tu perfil enumera las comunidades en las que participas',
		why: 'La lista resume tus intereses de un vistazo, incluidas comunidades de salud, de tu ciudad o de tus aficiones, y ayuda a vincular una cuenta seudónima con la persona que hay detrás.',
		ok: 'Tu perfil no enumera las comunidades en las que participas.',
		exposures: {on: 'Las comunidades en las que participas se ven en tu perfil'},
		steps: {reddit: redditSteps('Perfil', 'Desactiva la opción que muestra en qué comunidades participas.')},
	},
	'reddit-online-status': {
		title: 'Reddit muestra cuándo estás en línea',
		why: 'Un indicador de conexión le dice a todo aquel con quien chateas cuándo estás conectado, también de madrugada.',
		ok: 'Reddit no muestra cuándo estás en línea.',
		exposures: {on: 'Tu estado en línea está visible'},
		steps: {reddit: redditSteps('Privacidad', 'Desactiva la opción que muestra que estás activo en Reddit.')},
	},
	'reddit-messages-from-everyone': {
		title: 'Cualquiera en Reddit puede enviarte mensajes privados',
		why: 'Los mensajes no solicitados son la puerta de entrada de estafas y sextorsión: las denuncias de sextorsión económica a menores subieron un 20 % en un año (FBI, 2024).',
		ok: 'Los desconocidos no pueden enviarte mensajes privados.',
		exposures: {anyone: 'Cualquiera puede enviarte mensajes privados'},
		steps: {reddit: redditSteps('Privacidad', 'En "Quién puede enviarte mensajes privados", elige "Nadie" y añade después a las personas de confianza.')},
	},
	'reddit-location-recommendations': {
		title: 'Reddit adapta lo que te muestra a tu ubicación general',
		why: 'Tu ubicación, deducida de tu conexión, pasa a formar parte de lo que Reddit guarda sobre ti y acompaña a la cuenta desde donde publiques.',
		ok: 'Las recomendaciones no se basan en tu ubicación.',
		exposures: {on: 'Las recomendaciones según tu ubicación general están activadas'},
		steps: {reddit: redditSteps('Privacidad', 'Desactiva las recomendaciones personalizadas según tu ubicación general.')},
	},
	'reddit-profile-discoverable': {
		title: 'Tu perfil y sus publicaciones se muestran a desconocidos',
		why: 'Listado entre los usuarios y en r/all, un perfil llega a gente que nunca lo buscó, y así es más fácil encontrar una cuenta seudónima y atar cabos.',
		ok: 'Tu perfil no aparece listado para que lo descubran desconocidos.',
		exposures: {on: '"Visibilidad del contenido" está activado'},
		steps: {reddit: redditSteps('Perfil', 'Desactiva "Visibilidad del contenido".')},
	},
};
