import type {RuleTexts} from '../catalog.js';

// Strava's rules in Spanish. Overshare reads Strava only in English (its `readIn`), so the steps quote
// the English labels the page shows, with their meaning in brackets.
const privacyControls = ['Pasa el cursor por tu foto de perfil (arriba a la derecha) y elige Settings (Ajustes).', 'Abre la pestaña "Privacy Controls" (controles de privacidad).'];
const choose = (heading: string, option: string): string[] => [...privacyControls, `En "${heading}", elige "${option}".`];
const mapVisibility = (action: string): string[] => [...privacyControls, 'Busca "Map Visibility" (visibilidad del mapa).', action];

export const stravaRules: Readonly<Record<string, RuleTexts>> = {
	'strava-activities-visible': {
		title: 'Otras personas pueden ver tus actividades de Strava y sus mapas',
		why: 'Los mapas de tus actividades muestran por dónde corres o pedaleas y a qué hora; el mapa de calor de Strava de 2018 reveló bases militares a partir de ellos. El ajuste solo vale para lo que subas a partir de ahora: las actividades anteriores conservan su público hasta que las edites en bloque.',
		ok: 'Solo tú ves tus nuevas actividades.',
		exposures: {
			everyone: 'Las nuevas actividades las ve cualquiera, incluso sin iniciar sesión',
			followers: 'Las nuevas actividades las ven tus seguidores',
			'followers-open': 'Las nuevas actividades van a tus seguidores, y cualquiera puede seguirte sin tu aprobación',
			'maps-hidden': 'Otras personas ven las nuevas actividades; sus mapas están ocultos',
		},
		steps: {strava: [...choose('Activities', 'Followers'), 'O elige "Only You" (solo tú) para guardarlas para ti.', 'Para las actividades anteriores, usa "Edit Past Activities" en la misma página.']},
	},
	'strava-start-end-shown': {
		title: 'Tus actividades muestran dónde empiezan y terminan',
		why: 'Muchas salidas empiezan en la puerta de casa: un estudio de 2023 dedujo domicilios a partir de los puntos de inicio del mapa de calor de Strava con un 37,5 % de acierto (NC State, "Heat Marks the Spot").',
		ok: 'El inicio y el final de tus actividades están ocultos, o solo tú los ves.',
		exposures: {
			'not-hidden': 'El inicio y el final de las actividades no están ocultos',
			'addresses-only': 'El inicio y el final solo se ocultan en las direcciones que elegiste',
			'maps-hidden': 'El inicio y el final no están ocultos, pero los mapas sí',
		},
		steps: {strava: mapVisibility('Marca "Hide the start and end points of activities no matter where they happen" y ajusta la distancia con "Edit".')},
	},
	'strava-no-privacy-address': {
		title: 'Ninguna dirección de casa o trabajo está oculta en tus mapas de Strava',
		why: 'Una dirección añadida oculta el inicio y el final de cualquier actividad cerca de ella, sea cual sea la distancia elegida; un estudio de 2018 vio que, con muchas actividades, los puntos de inicio y final siguen delatando el domicilio, así que conviene usar las dos opciones.',
		ok: 'Se ocultan los inicios y finales cerca de las direcciones que elegiste.',
		exposures: {none: 'Ninguna dirección oculta inicios y finales'},
		steps: {strava: mapVisibility('Marca "Hide the start and end points of activities that happen at a specific address" y añade tu casa y tu trabajo.')},
	},
	'strava-profile-public': {
		title: 'Tu perfil de Strava aparece en los buscadores',
		why: 'Con "Everyone" (todos), tu perfil aparece en los resultados de búsqueda y lo ve cualquiera sin iniciar sesión: nombre, ubicación, estadísticas y logros recientes (ayuda de Strava).',
		ok: 'Solo tus seguidores ven tu perfil completo.',
		exposures: {everyone: '"Profile Page" está en "Everyone" (todos)'},
		steps: {strava: choose('Profile Page', 'Followers')},
	},
	'strava-follow-without-approval': {
		title: 'Cualquiera puede seguirte en Strava sin tu aprobación',
		why: 'Con el perfil abierto a todos, cualquier deportista puede seguirte sin pedírtelo, y tus seguidores ven todo lo que compartes con "Followers" (ayuda de Strava).',
		ok: 'Tienen que pedirte permiso para seguirte.',
		exposures: {anyone: 'Cualquiera puede seguirte y ver lo que compartes con tus seguidores'},
		steps: {strava: [...choose('Profile Page', 'Followers'), 'Después revisa en tu perfil quién te sigue ya.']},
	},
	'strava-heatmap': {
		title: 'Tus actividades alimentan los mapas de calor de Strava',
		why: 'Los datos agregados alimentan el mapa de calor global, que es público, y Metro; las actividades para "Followers" también cuentan, solo quedan fuera las de "Only You" (soporte de Strava, 2023), y el mapa de calor ya ha delatado casas y bases.',
		ok: 'Tus actividades no se usan en mapas de calor ni en otros datos agregados.',
		exposures: {on: '"Contribute your activity data to de-identified, aggregate data sets" está marcado'},
		steps: {strava: [...privacyControls, 'Busca "Aggregated Data Usage" (uso de datos agregados).', 'Desmarca "Contribute your activity data to de-identified, aggregate data sets".']},
	},
	'strava-flyby': {
		title: 'Desconocidos que se cruzaron contigo pueden repetir tu actividad en Flyby',
		why: 'Flyby te muestra a cualquier deportista que pasó cerca, le deja abrir tu actividad y permite a cualquiera con el enlace repetir tu ruta y tus horarios (ayuda de Strava).',
		ok: 'No apareces en los Flybys.',
		exposures: {on: '"Flyby" está en "Everyone" (todos)'},
		steps: {strava: choose('Flyby', 'No One')},
	},
	'strava-group-activities': {
		title: 'Cualquiera puede ver las actividades de grupo en las que participaste',
		why: 'Las actividades de otras personas muestran quién iba con ellas: dónde y cuándo entrenaste, y con quién, aunque tus propias actividades sean más restringidas.',
		ok: 'Solo tus seguidores, o nadie, te ven en actividades de grupo.',
		exposures: {everyone: '"Group Activities" está en "Everyone" (todos)'},
		steps: {strava: choose('Group Activities', 'Followers')},
	},
	'strava-local-legends': {
		title: 'Todo el mundo puede verte como Leyenda Local',
		why: 'La Leyenda Local es quien más veces ha hecho un segmento últimamente: delata una ruta que repites, a menudo cerca de casa; Strava la pone en "No One" (nadie) para menores de 18.',
		ok: 'No se te muestra a todo el mundo como Leyenda Local.',
		exposures: {everyone: '"Local Legends" está en "Everyone" (todos)'},
		steps: {strava: choose('Local Legends', 'No One')},
	},
	'strava-mentions': {
		title: 'Cualquiera puede mencionarte en Strava',
		why: 'Las menciones te meten en actividades y comentarios de desconocidos y les dan tu nombre en la app.',
		ok: 'Solo tus seguidores, o nadie, pueden mencionarte.',
		exposures: {everyone: '"Mentions" está en "Everyone" (todos)'},
		steps: {strava: choose('Mentions', 'Followers')},
	},
	'strava-location-on-profile': {
		title: 'Tu perfil de Strava muestra tu ubicación a todo el mundo',
		why: 'Una localidad en un perfil abierto acota dónde vives, y las rutas de tus actividades hacen el resto.',
		ok: 'Ningún perfil abierto muestra tu ubicación.',
		exposures: {public: 'Hay una ubicación en tu perfil y "Profile Page" está en "Everyone"'},
		steps: {strava: [...choose('Profile Page', 'Followers'), 'O quita la ubicación: Settings › My Profile, vacía ciudad, provincia y país, y guarda.']},
	},
	'teen-defaults-strava': {
		title: 'Para hablarlo: este perfil de Strava o sus actividades están abiertos a todos, aunque Strava pone a los menores en "Followers"',
		why: 'Strava deja en "Followers" el perfil y las actividades de los menores de 18, oculta los primeros y últimos 400 m de cada actividad y los deja fuera de los mapas de calor; "Everyone" significa que se abrió, o que la fecha de nacimiento dice 18 o más.',
		ok: 'El perfil y las actividades siguen solo para seguidores, como Strava los deja para menores de 18.',
		exposures: {loosened: '¿Se decidió en conjunto abrir el perfil o las actividades? Si la fecha de nacimiento de la cuenta dice 18 o más, Strava la trata como de un adulto'},
		steps: {strava: [...choose('Profile Page', 'Followers'), 'En "Activities", elige "Followers" u "Only You".', 'Si la edad está mal, corrige la fecha de nacimiento en Settings › My Profile.']},
	},
};
