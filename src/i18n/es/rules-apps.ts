import type {RuleTexts} from '../catalog.js';
import {appSteps} from './fix-steps.js';
import {questions} from './questions.js';

// Settings only the phone apps show, answered through guided questions (src/core/rules/<id>.ts with
// appFix). The steps follow each question's Spanish path; quoted labels and their confidence are
// those of src/i18n/es/questions.ts.
const path = (question: string): readonly string[] => questions[question]!.path;

export const appRules: Readonly<Record<string, RuleTexts>> = {
	'tiktok-dms-from-everyone': {
		title: 'Desconocidos en TikTok pueden enviarte mensajes directos',
		why: 'Los mensajes no solicitados son el inicio de estafas y de la sextorsión: las denuncias de sextorsión económica de menores subieron un 20% en un año (FBI, 2024), y TikTok desactiva los mensajes directos a los 13–15 años y los pone en "Nadie" a los 16–17 (TikTok, 2021).',
		ok: 'Solo tus amigos, o nadie, pueden enviarte mensajes.',
		exposures: {
			anyone: 'Cualquier persona en TikTok puede enviarte mensajes directos',
			suggested: 'Las personas que TikTok te sugiere pueden enviarte mensajes directos',
		},
		steps: {tiktok: appSteps('TikTok', path('tiktok.direct-messages'), 'Elige "Amigos" o "Nadie".')},
	},
	'tiktok-suggests-account': {
		title: 'TikTok sugiere tu cuenta a otras personas',
		why: 'Las sugerencias llevan tu perfil a desconocidos que comparten contactos o conexiones contigo; el NCMEC contó más de 186.000 denuncias de captación en línea en 2023, más de un 300% más que en 2021 (NCMEC, 2024).',
		ok: 'TikTok no sugiere tu cuenta a otras personas.',
		exposures: {on: '"Sugerir tu cuenta a otras personas" está activado para al menos un grupo'},
		steps: {tiktok: appSteps('TikTok', path('tiktok.suggest-account'), 'Desactiva todos los interruptores.')},
	},
	'tiktok-location-services': {
		title: 'TikTok usa la ubicación de tu dispositivo',
		why: 'La ubicación que la app recoge sin que lo decidas cada vez puede vincular tus publicaciones y tu feed a donde estás ("cybercasing", Friedland y Sommer, 2010); TikTok aún la estima a partir de tu red cuando está desactivada (ayuda de TikTok).',
		ok: 'Los servicios de ubicación de TikTok están desactivados.',
		exposures: {on: '"Servicios de ubicación" está activado'},
		steps: {tiktok: appSteps('TikTok', path('tiktok.location-services'), 'Desactiva "Servicios de ubicación".')},
	},
	'snapchat-contact-me-everyone': {
		title: 'Cualquier persona en Snapchat puede contactarte',
		why: 'Los mensajes no solicitados son el inicio de estafas y de la sextorsión, y Snapchat está entre las plataformas más denunciadas por sextorsión de menores (NCMEC, 2024); las cuentas de adolescentes no se pueden abrir a todos (Snap).',
		ok: 'Solo tus amigos (y contactos guardados) pueden contactarte.',
		exposures: {everyone: '"Contactarme" está en Todos'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.contact-me'), 'Elige "Mis amigxs".')},
	},
	'snapchat-story-public': {
		title: 'Cualquiera puede ver tu historia de Snapchat',
		why: 'Las historias dan pistas en tiempo real de dónde estás y con quién, y eso es lo que permite a desconocidos encontrarte ("cybercasing", Friedland y Sommer, 2010).',
		ok: 'Solo tus amigos, o las personas que elegiste, ven tu historia.',
		exposures: {everyone: '"Ver mi historia" está en Todos'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.view-my-story'), 'Elige "Mis amigxs" o "Personalizar".')},
	},
	'snapchat-quick-add': {
		title: 'Snapchat te sugiere a desconocidos en Agregado rápido',
		why: 'Agregado rápido lleva tu perfil a personas con amigos en común, la vía que usan los sextorsionadores para llegar a adolescentes; Instagram y Snapchat fueron las plataformas más denunciadas por ello (NCMEC, 2024).',
		ok: 'No apareces en Agregado rápido.',
		exposures: {on: '"Verme en Agregado rápido" está activado'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.quick-add'), 'Desactiva "Verme en Agregado rápido".')},
	},
	'snap-map-location': {
		title: 'Tus amigos pueden ver dónde estás en el Mapa de Snaps',
		why: 'La ubicación en tiempo real es lo más peligroso que se puede compartir, y "amigos" no es un público seguro: la mayoría de los acosadores conocen a su víctima, y el 61% de las mujeres acosadas lo son por su pareja (NNEDV/CDC, 2017).',
		ok: 'El Modo Fantasma está activado: nadie ve tu ubicación.',
		exposures: {off: 'El Modo Fantasma está desactivado: tus amigos ven tu ubicación en tiempo real'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.ghost-mode'), 'Activa el "Modo Fantasma".')},
	},
	'instagram-map-location': {
		title: 'Compartes tu ubicación en el mapa de Instagram',
		why: 'La ubicación en tiempo real es lo más peligroso que se puede compartir: la mayoría de los acosadores conocen a su víctima (NNEDV/CDC, 2017), y 37 fiscales generales de estados de EE. UU. pidieron a Meta que excluyera a los menores del mapa de Instagram (2025).',
		ok: 'No compartes tu ubicación con nadie.',
		exposures: {
			friends: 'Tus amigos pueden ver tu ubicación en tiempo real en el mapa',
			picked: 'Las personas que elegiste pueden ver tu ubicación en tiempo real en el mapa',
		},
		steps: {instagram: appSteps('Instagram', path('instagram.map-sharing'), 'Elige "Nadie".')},
	},
	'instagram-message-requests': {
		title: 'Desconocidos en Instagram pueden enviarte solicitudes de mensajes',
		why: 'Los mensajes no solicitados son el inicio de estafas y de la sextorsión: las denuncias de sextorsión económica de menores subieron un 20% en un año (FBI, 2024), y las cuentas de adolescentes de Instagram solo reciben mensajes de personas a las que siguen (Meta, 2024).',
		ok: 'Las personas a las que no sigues no pueden enviarte solicitudes de mensajes.',
		exposures: {anyone: 'Cualquier persona en Instagram puede enviarte solicitudes de mensajes'},
		steps: {instagram: [
			`Abre Más (☰) › Configuración › "Mensajes y respuestas a historias" (en la app: ${path('instagram.message-requests').join(' › ')}).`,
			'En "Otras personas en Instagram", elige "No recibir solicitudes".',
		]},
	},
	'instagram-activity-status': {
		title: 'Instagram muestra cuándo estás en línea',
		why: 'El estado de actividad les dice a todas las personas con las que hablas cuándo estás en línea, también de madrugada (risks-and-settings.md, INT-05).',
		ok: 'Tu estado de actividad está oculto.',
		exposures: {on: '"Mostrar estado de actividad" está activado'},
		steps: {instagram: appSteps('Instagram', path('instagram.activity-status'), 'Desactiva "Mostrar estado de actividad".')},
	},
	'venmo-public-payments': {
		title: 'Tus nuevos pagos de Venmo son públicos',
		why: 'Las notas públicas de los pagos revelan salud, relaciones, hábitos y lugares: un investigador recopiló 208 millones de transacciones públicas de Venmo de 2017 (Public by Default, 2018).',
		ok: 'Los pagos nuevos no son públicos.',
		exposures: {public: 'Cualquiera puede ver a quién pagas y por qué'},
		steps: {venmo: appSteps('Venmo', path('venmo.default-privacy'), 'Elige "Private" (privado) y luego, en "Past transactions", elige "Change all to Private".')},
	},
	'venmo-friends-list-public': {
		title: 'Tu lista de amigos de Venmo es pública',
		why: 'Una lista de amigos pública traza el mapa de tu familia y tu entorno: unos periodistas encontraron a la familia del presidente de EE. UU. a través de listas de amigos de Venmo en menos de 10 minutos (BuzzFeed vía EFF, 2021).',
		ok: 'Tu lista de amigos no es pública.',
		exposures: {public: 'Cualquiera puede ver quiénes son tus amigos de Venmo'},
		steps: {venmo: appSteps('Venmo', path('venmo.friends-list'), 'Elige "Private" (privado).')},
	},
};
