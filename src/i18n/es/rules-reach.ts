import type {RuleTexts} from '../catalog.js';
import {facebookSteps, linkedinSteps, redditSteps, tiktokAppSteps, tiktokWebSteps, xSteps, youtubePrivacySteps} from './fix-steps.js';

const instagramSettings = 'Abre Más (☰) › Configuración.';

// Who sees your posts and network, who can tag, find or contact you (families photos, social-graph,
// contact, interaction).
export const reachRules: Readonly<Record<string, RuleTexts>> = {
	'future-posts-public': {
		title: 'Tus nuevas publicaciones y fotos son públicas',
		why: 'Las fotos y publicaciones públicas se copian, se indexan y las usan los estafadores: las redes sociales fueron el origen de 2700 millones de dólares en pérdidas denunciadas entre 2021 y mediados de 2023 (FTC, 2023).',
		ok: 'Tus nuevas publicaciones se comparten con tus amigos o menos personas.',
		exposures: {public: 'Las nuevas publicaciones y fotos son visibles para cualquier persona (Público)'},
		steps: {facebook: [facebookSteps.settings, 'Abre "Publicaciones".', 'En "¿Quién puede ver tus publicaciones futuras?", elige "Amigos".', 'Si quieres, usa también "Limitar quién puede ver las publicaciones anteriores".']},
	},
	'posts-unprotected': {
		title: 'Tus posts y fotos en X son públicos',
		why: 'Los posts públicos se copian, se indexan y los usan estafadores y quienes buscan a adolescentes: las redes sociales fueron el origen de 2700 millones de dólares en pérdidas denunciadas entre 2021 y mediados de 2023 (FTC, 2023), y X protege por defecto los posts de los menores que conoce.',
		ok: 'Tus posts están protegidos: solo tus seguidores los ven.',
		exposures: {
			public: 'Cualquiera puede ver tus posts y fotos',
			'public-located': 'Cualquiera puede ver tus posts, y llevan tu ubicación',
		},
		steps: {x: xSteps(['Público, contenido multimedia y etiquetado'], 'Activa "Protege tus posts" y confirma.')},
	},
	'public-account': {
		title: 'Tu cuenta es pública',
		why: 'Los perfiles públicos los copian estafadores y quienes buscan a adolescentes: las redes sociales fueron el origen de 2700 millones de dólares en pérdidas denunciadas entre 2021 y mediados de 2023 (FTC, 2023), e Instagram y TikTok hacen privadas por defecto las cuentas de los adolescentes más jóvenes (Cuentas de adolescente de Meta, 2024; TikTok, 2021).',
		ok: 'Tu cuenta es privada: solo los seguidores que apruebas ven tus publicaciones.',
		exposures: {public: 'Cualquiera, incluso sin cuenta, puede ver tu perfil y tus publicaciones'},
		steps: {
			instagram: ['Abre Más (☰) › Configuración.', 'Abre "Privacidad de la cuenta".', 'Activa "Cuenta privada" y luego elige "Cambiar a cuenta privada".'],
			// "Cuenta privada": TikTok's Spanish help center (support.tiktok.com/es, H).
			tiktok: tiktokWebSteps('Cuenta privada', 'Actívala (se guarda al instante).'),
		},
	},
	'findable-by-phone': {
		title: 'Quien tenga tu número de teléfono puede encontrar tu perfil',
		why: 'La búsqueda por teléfono fue la vía para extraer los datos de 533 millones de usuarios de Facebook y vincularlos a sus números (Facebook, abril de 2021).',
		ok: 'Solo tus amigos o tú pueden buscarte por tu número de teléfono.',
		exposures: {findable: 'Quién puede buscarte por tu número de teléfono: {audience}'},
		steps: {
			facebook: facebookSteps.findAndContact('¿Quién puede buscarte con el número de teléfono que proporcionaste?', 'Solo yo'),
			linkedin: linkedinSteps(['Visibilidad', 'Descubrimiento del perfil mediante el número de teléfono'], 'Elige "Nadie" (o "Contactos de 1er grado").'),
		},
	},
	'findable-by-email': {
		title: 'Quien tenga tu correo electrónico puede encontrar tu perfil',
		why: 'La búsqueda por correo quita el anonimato a las cuentas: un fallo de este tipo en Twitter permitió vincular 5,4 millones de cuentas con sus correos (Twitter, 2022).',
		ok: 'Solo tus amigos o tú pueden buscarte por tu correo electrónico.',
		exposures: {findable: 'Quién puede buscarte por tu correo electrónico: {audience}'},
		steps: {
			facebook: facebookSteps.findAndContact('¿Quién puede buscarte con la dirección de correo electrónico que proporcionaste?', 'Solo yo'),
			linkedin: linkedinSteps(['Visibilidad', 'Descubrimiento del perfil mediante la dirección de email'], 'Elige "Nadie" (o "Contactos de 1er grado").'),
		},
	},
	'findable-by-phone-x': {
		title: 'Quien tenga tu número de teléfono puede encontrarte en X',
		why: 'Se abusó de la búsqueda por teléfono para vincular números a 533 millones de cuentas de Facebook y 5,4 millones de cuentas de Twitter, que luego se vendieron o publicaron (Facebook, abril de 2021; Twitter, agosto de 2022).',
		ok: 'Tu número de teléfono no lleva a nadie a tu cuenta de X.',
		exposures: {findable: 'Cualquiera con tu número de teléfono puede encontrar tu cuenta de X'},
		steps: {x: xSteps(['Visibilidad y contactos'], 'Desactiva "Permitir que las personas que tengan tu número de teléfono te encuentren en X".')},
	},
	'findable-by-email-x': {
		title: 'Quien tenga tu correo electrónico puede encontrarte en X',
		why: 'La búsqueda por correo vincula una cuenta con seudónimo a una dirección real: así se vincularon 5,4 millones de cuentas de Twitter con correos y teléfonos, que luego se vendieron (Twitter, agosto de 2022).',
		ok: 'Tu correo electrónico no lleva a nadie a tu cuenta de X.',
		exposures: {findable: 'Cualquiera con tu correo electrónico puede encontrar tu cuenta de X'},
		steps: {x: xSteps(['Visibilidad y contactos'], 'Desactiva "Permitir que las personas que tengan tu dirección de correo electrónico te encuentren en X".')},
	},
	'friends-list-visible': {
		title: 'Desconocidos pueden ver tu lista de amigos',
		why: 'Una lista de amigos visible traza un mapa de tu familia y compañeros; quienes practican la sextorsión la usan para amenazar con avisar a "familia y amigos" (FBI, 2024).',
		ok: 'Tu lista de amigos es visible para tus amigos o menos personas.',
		exposures: {visible: 'Tu lista de amigos es visible para {audience:in}'},
		steps: {facebook: facebookSteps.findAndContact('¿Quién puede ver tu lista de amigos?', 'Solo yo')},
	},
	'connections-visible': {
		title: 'Tus contactos pueden recorrer toda tu red de LinkedIn',
		why: 'Una red visible traza un mapa de tus colegas, familia y compañeros; quienes practican la sextorsión usan esas listas para amenazar con avisar a "familia y amigos" (FBI, 2024).',
		ok: 'Solo tú puedes ver tu lista completa de contactos.',
		exposures: {on: '"Quién puede ver tus contactos" está activado: tus contactos pueden ver tu lista'},
		steps: {linkedin: linkedinSteps(['Visibilidad', 'Quién puede ver tus contactos'], 'Elige "Solo tú" (el ajuste mostrará entonces "Desactivado").')},
	},
	'tagged-posts-visible': {
		title: 'Las fotos en las que otros te etiquetan se muestran a desconocidos en tu perfil',
		why: 'Tu perfil muestra entonces fotos tuyas de otras personas, y los lugares donde se tomaron, a gente que tú nunca elegiste.',
		ok: 'Las publicaciones en las que te etiquetan se muestran en tu perfil a tus amigos o menos personas.',
		exposures: {visible: 'Las publicaciones en las que te etiquetan son visibles en tu perfil para {audience:in}'},
		steps: {facebook: facebookSteps.profileAndTagging('¿Quién puede ver en tu perfil las publicaciones en las que te etiquetaron?', 'Amigos')},
	},
	'tag-review-off': {
		title: 'Otros pueden etiquetarte sin tu aprobación',
		why: 'Sin revisión, cualquiera puede poner tu nombre y tu cara en fotos y lugares que nunca aprobaste; Facebook activa la revisión por defecto para los adolescentes.',
		ok: 'Revisas las etiquetas antes de que aparezcan.',
		exposures: {
			'tagged-posts': 'La revisión está desactivada para las publicaciones en las que te etiquetan',
			both: 'La revisión está desactivada para las publicaciones en las que te etiquetan y para las etiquetas en tus publicaciones',
			'own-posts': 'La revisión está desactivada para las etiquetas en tus publicaciones',
		},
		steps: {facebook: [facebookSteps.settings, 'Abre "Perfil y etiquetado".', 'Activa "¿Quieres revisar las publicaciones en las que te etiquetan antes de que aparezcan en tu perfil?".', 'Activa "¿Quieres revisar las etiquetas que las personas agregan a tus publicaciones antes de que aparezcan en Facebook?".']},
	},
	'photo-tagging-anyone': {
		title: 'Cualquiera puede etiquetarte en fotos',
		why: 'Cualquiera puede poner tu nombre en fotos que nunca aprobaste; las guías de seguridad infantil (Internet Matters) aconsejan limitar el etiquetado de fotos, y las cuentas de adolescente de Instagram solo permiten etiquetas de personas a las que siguen (Meta, 2024).',
		ok: 'El etiquetado de fotos está desactivado o limitado a las personas que sigues.',
		exposures: {
			anyone: 'Cualquiera puede etiquetarte en fotos',
			'anyone-reviewed': 'Cualquiera puede etiquetarte en fotos; las etiquetas esperan tu aprobación antes de aparecer en tu perfil',
		},
		steps: {
			x: xSteps(['Público, contenido multimedia y etiquetado', 'Etiquetado de fotos'], 'Elige "Solo las personas que sigues pueden etiquetarte", o desactiva el etiquetado de fotos.'),
			// Instagram's es wordings are best-known, unverified (the reference has en only).
			instagram: [instagramSettings, 'Abre "Etiquetas y menciones".', 'En "Permitir etiquetas de", elige "Personas que sigues" (o "No permitir etiquetas").', 'Activa "Aprobar etiquetas manualmente".'],
		},
	},
	'mentions-from-anyone': {
		title: 'Cualquiera puede mencionarte',
		why: 'Una mención de un desconocido te mete en sus publicaciones e hilos, donde sus seguidores ven tu nombre; las cuentas de adolescente de Instagram solo permiten menciones de personas a las que siguen (Meta, 2024).',
		ok: 'Solo las personas que sigues pueden mencionarte, o nadie puede.',
		exposures: {anyone: 'Cualquiera puede mencionarte en sus publicaciones, historias y comentarios'},
		steps: {instagram: [instagramSettings, 'Abre "Etiquetas y menciones".', 'En "Permitir menciones de", elige "Personas que sigues" (o "No permitir menciones").']},
	},
	'friend-requests-from-anyone': {
		title: 'Cualquiera puede enviarte una solicitud de amistad',
		why: 'Un desconocido aceptado entra en el público "Amigos" del que dependen casi todos tus demás ajustes; el contacto no solicitado es como suele empezar la sextorsión de adolescentes (FBI, 2024).',
		ok: 'Solo los amigos de tus amigos pueden enviarte solicitudes de amistad.',
		exposures: {everyone: 'Todo el mundo puede enviarte solicitudes de amistad'},
		steps: {facebook: facebookSteps.findAndContact('¿Quién puede enviarte solicitudes de amistad?', 'Amigos de amigos')},
	},
	'dm-requests-from-everyone': {
		title: 'Cualquier desconocido puede enviarte solicitudes de mensajes',
		why: 'Los mensajes no solicitados son como empiezan las estafas y la sextorsión: las denuncias de sextorsión económica a menores subieron un 20 % en un año (FBI, 2024).',
		ok: 'Los desconocidos no pueden enviarte solicitudes de mensajes.',
		exposures: {
			verified: 'Cualquier cuenta verificada puede enviarte solicitudes de mensajes',
			anyone: 'Cualquiera puede enviarte solicitudes de mensajes',
		},
		steps: {x: xSteps(['Mensajes directos'], 'En "Permitir solicitudes de mensajes de:", elige "Nadie".'), reddit: redditSteps('Privacidad', 'En "Quién puede enviarte solicitudes de chat", elige "Nadie".')},
	},
	'account-suggestions-on': {
		title: 'Instagram sugiere tu cuenta a desconocidos',
		why: 'Los motores de sugerencias muestran un perfil a desconocidos a través de contactos en común, e Instagram y Snapchat fueron las plataformas más frecuentes en las denuncias de captación y sextorsión al NCMEC (NCMEC, 2023).',
		ok: 'Tu cuenta no se sugiere en los perfiles de otras personas.',
		exposures: {on: 'Tu cuenta puede sugerirse en los perfiles de otras personas'},
		steps: {instagram: ['Abre tu perfil y elige "Editar perfil".', 'Desactiva "Mostrar sugerencias de cuentas en los perfiles".', 'Si el botón "Enviar" está activo, selecciónalo.']},
	},
	// TikTok. "Dúo", "Pegar", "Amigos", "Nadie", "Solo tú": support.tiktok.com/es (H). The rows "Lista de
	// seguidos", "Videos que te gustan", "Comentarios", "Descargas" and the switch "Descargas de videos"
	// are best-known wordings from Spanish guides, unverified against the app (M–L).
	'following-list-public': {
		title: 'Cualquiera puede ver las cuentas que sigues',
		why: 'Las cuentas que sigues trazan un mapa de tu familia y tus compañeros; quienes practican la sextorsión usan esas listas para amenazar con avisar a "familia y amigos" (FBI, 2024).',
		ok: 'Solo tú puedes ver las cuentas que sigues.',
		exposures: {visible: 'Tu lista de seguidos es visible para {audience:in}'},
		steps: {tiktok: tiktokAppSteps('Lista de seguidos', 'Elige "Solo tú".'), youtube: youtubePrivacySteps('mantener en privado todas tus suscripciones')},
	},
	'liked-videos-public': {
		title: 'Cualquiera puede ver los videos que te gustaron en TikTok',
		why: 'Los videos que te gustan muestran tus intereses y a qué creadores y amigos ves, y TikTok solo deja ver esta lista a los seguidores aprobados cuando el usuario tiene de 13 a 15 años (ajustes de privacidad para adolescentes de TikTok).',
		ok: 'Solo tú puedes ver los videos que te gustaron.',
		exposures: {public: 'Los videos que te gustaron son visibles para todo el mundo'},
		steps: {tiktok: tiktokAppSteps('Videos que te gustan', 'Elige "Solo tú".')},
	},
	'comments-from-everyone': {
		title: 'Cualquiera puede comentar tus publicaciones de TikTok',
		why: 'Los comentarios abiertos dan pie al acoso y a la captación de menores, y TikTok solo deja elegir "Amigos" o "Nadie" a quienes tienen de 13 a 15 años (ajustes de privacidad para adolescentes de TikTok).',
		ok: 'Solo tus amigos (o nadie) pueden comentar tus publicaciones.',
		exposures: {anyone: 'Cualquiera puede comentar tus publicaciones'},
		steps: {tiktok: tiktokWebSteps('Comentarios', 'Selecciónalo y elige "Amigos".')},
	},
	'remix-by-everyone': {
		title: 'Cualquiera puede hacer Dúos o usar Pegar con tus videos de TikTok',
		why: 'Un Dúo o un Pegar mete tu video en la publicación de un desconocido, donde se difunde sin que puedas controlarlo, y TikTok los desactiva para quienes tienen de 13 a 15 años y los limita a "Amigos" de 16 a 17 (TikTok, 2021).',
		ok: 'Solo tus amigos (o nadie) pueden hacer Dúos o usar Pegar con tus videos.',
		exposures: {
			duet: 'Cualquiera puede hacer Dúos con tus videos',
			stitch: 'Cualquiera puede usar Pegar con tus videos',
			both: 'Cualquiera puede hacer Dúos y usar Pegar con tus videos',
		},
		steps: {tiktok: [
			...tiktokWebSteps('Dúo', 'Selecciónalo y elige "Amigos".'),
			'Pegar se ajusta en la app de TikTok: Perfil › ☰ › Ajustes y privacidad › Privacidad › Pegar › "Amigos" o "Solo tú".',
		]},
	},
	'downloads-allowed': {
		title: 'Cualquiera puede descargar tus videos de TikTok',
		why: 'Una copia descargada sigue existiendo aunque borres el video y puede volver a publicarse o usarse mal; por eso TikTok no permite descargar los videos de quienes tienen de 13 a 15 años y desactiva las descargas por defecto de 16 a 17 (TikTok, 2021).',
		ok: 'Nadie más puede descargar tus videos.',
		exposures: {on: 'Cualquiera que pueda ver tus videos puede descargarlos'},
		steps: {tiktok: tiktokAppSteps('Descargas', 'Desactiva "Descargas de videos".')},
	},
};
