import type {Catalog} from '../catalog.js';

// Spanish for the guided questions (src/core/questions/*.ts): the in-app path, the question, the app's
// own option labels and the defaults. Where the app's Spanish labels are documented they are used
// as the app shows them; confidence per app:
// - TikTok: "Perfil › ☰ › Ajustes y privacidad › Privacidad", "Cuenta privada", "Mensajes directos",
//   "Amigos", "Nadie" (support.tiktok.com/es and Spanish guides, 2024, H); the other rows and
//   options are faithful translations (M).
// - Snapchat: "Configuración", "Controles de privacidad", "Mis amigxs", "Personalizar", "Mapa de
//   Snaps" (help.snapchat.com/es, H); "Contactarme", "Ver mi historia" (Spanish guides, M);
//   "Verme en Agregado rápido", "Modo Fantasma" (translations, L).
// - Instagram: "Configuración y actividad", "Privacidad de la cuenta", "Cuenta privada", "Mejores
//   amigos", "Otras personas en Instagram", "No recibir solicitudes" (Spanish guides, M); the Map's
//   rows "Historias, directos y ubicación", "Compartir ubicación", "Solo estos amigos" (L).
// - Venmo: the app is documented in English only, so its labels stay as the app shows them, with
//   a Spanish gloss in brackets (L).
const tiktok = ['Perfil', '☰', 'Ajustes y privacidad', 'Privacidad'];
const snapchat = ['Tu avatar', '⚙ Configuración', 'Controles de privacidad'];
const instagram = ['Perfil', '☰', 'Configuración y actividad'];
const venmo = ['☰', 'Settings (Configuración)', 'Privacy (Privacidad)'];
const onOff = (on = 'Activado', off = 'Desactivado') => ({on, off});
const venmoAudience = {public: 'Public (público)', friends: 'Friends (amigos)', private: 'Private (privado)'};

export const questions: Catalog['questions'] = {
	'tiktok.private-account': {
		path: [...tiktok, 'Cuenta privada'],
		ask: '¿Está activada la opción "Cuenta privada"?',
		options: onOff(),
		defaults: {adult: 'Desactivada (pública)', teen: '13–15: activada; 16–17: activada salvo que eligieran pública al registrarse'},
	},
	'tiktok.direct-messages': {
		path: [...tiktok, 'Mensajes directos'],
		ask: '¿Quién puede enviarte mensajes directos?',
		options: {everyone: 'Todos', 'suggested-friends': 'Amigos sugeridos', friends: 'Amigos', 'no-one': 'Nadie'},
		defaults: {adult: 'no documentado', teen: '13–15: mensajes directos no disponibles; 16–17: Nadie'},
	},
	'tiktok.suggest-account': {
		path: [...tiktok, 'Sugerir tu cuenta a otras personas'],
		ask: '¿Hay algún interruptor activado: Contactos, Amigos de Facebook, Personas con conexiones en común, Personas que abren o te envían enlaces?',
		options: onOff('Uno o más están activados', 'Todos están desactivados'),
		defaults: {adult: 'Activado', teen: '13–15: desactivado'},
	},
	'tiktok.location-services': {
		path: [...tiktok, 'Servicios de ubicación'],
		ask: '¿Está activado "Servicios de ubicación"?',
		options: onOff(),
		defaults: {adult: 'se pregunta la primera vez que abres el feed Para ti', teen: 'no documentado'},
	},
	'tiktok.downloads': {
		path: [...tiktok, 'Descargas'],
		ask: '¿Está activado "Descargas de videos"?',
		options: onOff(),
		defaults: {adult: 'Activado', teen: '13–15: no permitido; 16–17: desactivado'},
	},
	'snapchat.contact-me': {
		path: [...snapchat, 'Contactarme'],
		ask: '¿Quién puede contactarte?',
		options: {everyone: 'Todos', friends: 'Mis amigxs', 'friends-and-contacts': 'Mis amigxs y contactos'},
		defaults: {adult: 'Mis amigxs (y contactos)', teen: 'Mis amigxs y contactos, sin poder ampliarlo'},
	},
	'snapchat.view-my-story': {
		path: [...snapchat, 'Ver mi historia'],
		ask: '¿Quién puede ver tu historia?',
		options: {everyone: 'Todos', friends: 'Mis amigxs', custom: 'Personalizar'},
		defaults: {adult: 'Mis amigxs', teen: 'Mis amigxs'},
	},
	'snapchat.quick-add': {
		path: [...snapchat, 'Verme en Agregado rápido'],
		ask: '¿Está activado "Verme en Agregado rápido"?',
		options: onOff(),
		defaults: {adult: 'Activado', teen: 'limitado a personas con amigos en común'},
	},
	'snapchat.ghost-mode': {
		path: ['Mapa de Snaps', '⚙ Configuración', 'Modo Fantasma'],
		ask: '¿Está activado el "Modo Fantasma" (tu ubicación oculta para todos)?',
		options: onOff('Activado (ubicación oculta)', 'Desactivado (tus amigos pueden ver tu ubicación)'),
		defaults: {adult: 'compartir ubicación desactivado', teen: 'compartir ubicación desactivado; solo con amigos si se activa'},
	},
	'instagram.private-account': {
		path: [...instagram, 'Privacidad de la cuenta'],
		ask: '¿Está activada la opción "Cuenta privada"?',
		options: onOff(),
		defaults: {adult: 'Desactivada (pública)', teen: 'Activada (privada)'},
	},
	'instagram.map-sharing': {
		path: [...instagram, 'Historias, directos y ubicación', 'Compartir ubicación'],
		ask: '¿Con quién compartes tu ubicación en el mapa de Instagram?',
		options: {friends: 'Amigos', 'close-friends': 'Mejores amigos', 'only-these-friends': 'Solo estos amigos', 'no-one': 'Nadie'},
		defaults: {adult: 'Nadie (compartirla es opcional)', teen: 'Nadie (compartirla es opcional)'},
	},
	'instagram.message-requests': {
		path: [...instagram, 'Mensajes y respuestas a historias', 'Solicitudes de mensajes'],
		ask: 'En "Otras personas en Instagram", ¿adónde van sus mensajes?',
		options: {requests: 'Solicitudes de mensajes', 'dont-receive': 'No recibir solicitudes'},
		defaults: {adult: 'se entregan en solicitudes de mensajes', teen: 'solo personas a las que siguen o con las que están conectados'},
	},
	'instagram.activity-status': {
		path: [...instagram, 'Mensajes y respuestas a historias', 'Mostrar estado de actividad'],
		ask: '¿Está activado "Mostrar estado de actividad"?',
		options: onOff(),
		defaults: {adult: 'Activado', teen: 'no documentado'},
	},
	'venmo.default-privacy': {
		path: [...venmo, 'Default privacy setting (privacidad predeterminada)'],
		ask: '¿Qué configuración de privacidad predeterminada ("Default privacy setting") está elegida?',
		options: venmoAudience,
		defaults: {adult: 'Public (público)', teen: 'no documentado'},
	},
	'venmo.friends-list': {
		path: [...venmo, 'Friends list (lista de amigos)'],
		ask: '¿Quién puede ver tu lista de amigos ("Friends list")?',
		options: venmoAudience,
		defaults: {adult: 'Public (público)', teen: 'no documentado'},
	},
};
